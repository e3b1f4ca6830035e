using Instasent.Sdk.Batching;

namespace Instasent.Sdk.Sms;

/// <summary>
/// The SMS operations shared by the Instasent Legacy and Transactional APIs. Every method validates its input before
/// sending (an <see cref="ArgumentException"/> names the bad field) and reports server failures as
/// <see cref="Errors.InstasentException"/> subclasses.
/// </summary>
public interface IInstasentSmsClient
{
    /// <summary>
    /// Sends one SMS (<c>POST /sms</c>). Not idempotent: after a timeout or a 5xx the SDK does not send it again, since
    /// the server may already have sent it; a 429 (no work done) is retried.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created message.</returns>
    Task<InstasentResponse<Sms>> SendSmsAsync(SmsMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends any number of SMS through <c>POST /sms/bulk</c> in batches of 100, several batches at once
    /// (<see cref="InstasentClientOptions.BulkConcurrency"/>). Each message is validated on its own; invalid ones are
    /// reported as rejected without blocking the rest. The result has one outcome per input message, by its index,
    /// matched to the server's answer by <c>clientId</c>, recipient and text (never by position; see
    /// <see cref="InstasentSmsApiOptions.AssignClientIds"/>). A batch that fails does not fail the call: its messages are
    /// <see cref="BatchItemStatus.Failed"/> (the server does not have them) or <see cref="BatchItemStatus.Unknown"/> (it
    /// may: a bulk send is not idempotent, so check before sending those again).
    /// </summary>
    /// <param name="messages">The messages.</param>
    /// <param name="cancellationToken">
    /// Cancels the call: no further batch is sent, batches in flight get <see cref="InstasentClientOptions.BulkCancellationGrace"/>
    /// to finish, then <see cref="InstasentBatchCanceledException{TResult}"/> reports every message's outcome.
    /// </param>
    /// <returns>One outcome per message.</returns>
    /// <exception cref="InstasentBatchCanceledException{TResult}">The token was cancelled; the exception carries the partial result.</exception>
    Task<BatchResult<Sms>> SendBulkSmsAsync(IEnumerable<SmsMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Gets one message by id (<c>GET /sms/{id}</c>).</summary>
    /// <param name="id">The message id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<InstasentResponse<Sms>> GetSmsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists messages lazily, fetching one page at a time as the enumeration advances (<c>GET /sms</c>).</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends at the first empty page, since Instasent reports no total and no last page (one request more than the full pages). A server that answers the same page again (for
    /// example because it ignores the <c>page</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="pageSize">Messages per page (1 to 100).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    IAsyncEnumerable<Sms> ListSmsAsync(int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of messages (<c>GET /sms?page=&amp;per_page=</c>).</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <param name="pageSize">Messages per page (1 to 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<IReadOnlyList<Sms>>> GetSmsPageAsync(int page, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Starts a number (HLR) lookup (<c>POST /lookup</c>).</summary>
    /// <param name="phoneNumber">The number in E.164 form.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup.</returns>
    Task<InstasentResponse<SmsLookup>> LookupAsync(string phoneNumber, CancellationToken cancellationToken = default);

    /// <summary>Gets one lookup (<c>GET /lookup/{id}</c>).</summary>
    /// <param name="id">The lookup id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup.</returns>
    Task<InstasentResponse<SmsLookup>> GetLookupAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists lookups lazily, one page at a time (<c>GET /lookup</c>).</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends at the first empty page, since Instasent reports no total and no last page (one request more than the full pages). A server that answers the same page again (for
    /// example because it ignores the <c>page</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="pageSize">Lookups per page (1 to 100).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The lookups.</returns>
    IAsyncEnumerable<SmsLookup> ListLookupsAsync(int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of lookups.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <param name="pageSize">Lookups per page (1 to 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<IReadOnlyList<SmsLookup>>> GetLookupPageAsync(int page, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets the account balance (<c>GET /organization/account</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    Task<InstasentResponse<AccountBalance>> GetAccountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets a price profile (per-country prices). The paths are not documented; they come from
    /// <see cref="InstasentSmsApiOptions.SmsPriceProfilePath"/> and <see cref="InstasentSmsApiOptions.LookupPriceProfilePath"/>.
    /// </summary>
    /// <param name="kind">SMS or lookup prices.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries; the raw JSON is on the response.</returns>
    Task<InstasentResponse<IReadOnlyList<PriceProfile>>> GetPriceProfileAsync(PriceProfileKind kind, CancellationToken cancellationToken = default);
}
