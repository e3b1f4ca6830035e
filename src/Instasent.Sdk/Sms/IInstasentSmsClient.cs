using System.Diagnostics.CodeAnalysis;
using Instasent.Sdk.Batching;

namespace Instasent.Sdk.Sms;

/// <summary>
/// The SMS operations shared by the Instasent Legacy and Transactional APIs. Every method validates its input before
/// sending (an <see cref="ArgumentException"/> names the bad field) and reports server failures as
/// <see cref="Errors.InstasentException"/> subclasses. Every method takes <see cref="InstasentRequestOptions"/> (a token
/// for another tenant, a timeout, extra headers, …) for that call only. Instasent documents no idempotency key, so
/// <see cref="InstasentRequestOptions.IdempotencyKey"/> is refused with an <see cref="ArgumentException"/>.
/// </summary>
public interface IInstasentSmsClient
{
    /// <summary>
    /// Sends one SMS (<c>POST /sms</c>). Not idempotent: after a timeout or a 5xx the SDK does not send it again, since
    /// the server may already have sent it; a 429 (no work done) is retried.
    /// </summary>
    /// <param name="request">The message.</param>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created message.</returns>
    Task<InstasentResponse<SmsMessage>> SendSmsAsync(SmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends one SMS with no optional field set: the same request as
    /// <see cref="SendSmsAsync(SmsRequest, InstasentRequestOptions?, CancellationToken)"/> with
    /// <c>new SmsRequest(from, to, text)</c>. A bad argument is named by its parameter (<c>from</c>, <c>to</c>, <c>text</c>).
    /// </summary>
    /// <param name="from">The sender id (at most 11 characters).</param>
    /// <param name="to">The recipient in E.164 form (for example <c>+34600000000</c>).</param>
    /// <param name="text">The message text.</param>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created message.</returns>
    Task<InstasentResponse<SmsMessage>> SendSmsAsync(string from, string to, string text, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends any number of SMS through <c>POST /sms/bulk</c> in batches of 100, several batches at once
    /// (<see cref="InstasentClientOptions.BulkConcurrency"/>). Each message is validated on its own; invalid ones are
    /// reported as rejected without blocking the rest. The result has one outcome per input message, by its index,
    /// matched to the server's answer by <c>clientId</c>, recipient and text (never by position; see
    /// <see cref="InstasentSmsApiOptions.AssignClientIds"/>). A batch that fails does not fail the call: its messages are
    /// <see cref="BatchItemStatus.Failed"/> (the server does not have them) or <see cref="BatchItemStatus.Unknown"/> (it
    /// may: a bulk send is not idempotent, so check before sending those again).
    /// </summary>
    /// <param name="requests">The messages.</param>
    /// <param name="requestOptions">
    /// Options for this call, applied to every batch request (so a <see cref="InstasentRequestOptions.Timeout"/> bounds each
    /// batch); checked before the first batch is sent.
    /// </param>
    /// <param name="cancellationToken">
    /// Cancels the call: no further batch is sent, batches in flight get <see cref="InstasentClientOptions.BulkCancellationGrace"/>
    /// to finish, then <see cref="InstasentBatchCanceledException{TResult}"/> reports every message's outcome.
    /// </param>
    /// <returns>One outcome per message.</returns>
    /// <exception cref="InstasentBatchCanceledException{TResult}">The token was cancelled; the exception carries the partial result.</exception>
    Task<BatchResult<SmsMessage>> SendBulkSmsAsync(IEnumerable<SmsRequest> requests, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends any number of messages like <see cref="SendBulkSmsAsync"/> and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="requests">The messages.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per message, as each becomes known.</returns>
    IAsyncEnumerable<BatchItemOutcome<SmsMessage>> SendBulkSmsStreamingAsync(IEnumerable<SmsRequest> requests, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends any number of messages like <see cref="SendBulkSmsAsync"/> and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="requests">The messages.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per message, as each becomes known.</returns>
    IAsyncEnumerable<BatchItemOutcome<SmsMessage>> SendBulkSmsStreamingAsync(IAsyncEnumerable<SmsRequest> requests, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one message by id (<c>GET /sms/{id}</c>).</summary>
    /// <param name="id">The message id.</param>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<InstasentResponse<SmsMessage>> GetSmsAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists messages lazily, fetching one page at a time as the enumeration advances (<c>GET /sms?page=&amp;per_page=</c>).
    /// Pages hold 100 messages unless <see cref="InstasentPageable{T}.AsPages"/> is given a smaller
    /// <c>pageSizeHint</c> (a larger one is clamped to 100); continuation tokens are page numbers.
    /// </summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice. A page shorter than asked for does not end the list (a server may cap the page size); it ends at
    /// the first empty page, since Instasent reports no total and no last page (one request more than the full pages).
    /// A server that answers the same page again (for example because it ignores the <c>page</c> parameter) ends the
    /// listing with <see cref="Errors.InstasentPagingException"/> instead of repeating items. Legacy's <c>page</c> and
    /// <c>per_page</c> come from the official SDKs; that Transactional pages the same way is assumed (the same paths).
    /// </remarks>
    /// <param name="requestOptions">Options for every page request, or <see langword="null"/>; checked now.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<SmsMessage> ListSmsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a number (HLR) lookup (<c>POST /lookup</c>).</summary>
    /// <param name="phoneNumber">The number in E.164 form.</param>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup.</returns>
    Task<InstasentResponse<SmsLookup>> CreateLookupAsync(string phoneNumber, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one lookup (<c>GET /lookup/{id}</c>).</summary>
    /// <param name="id">The lookup id.</param>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup.</returns>
    Task<InstasentResponse<SmsLookup>> GetLookupAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists lookups lazily, one page at a time (<c>GET /lookup?page=&amp;per_page=</c>), 100 per page unless
    /// <see cref="InstasentPageable{T}.AsPages"/> is given a smaller <c>pageSizeHint</c> (a larger one is clamped to 100).
    /// </summary>
    /// <remarks>
    /// The docs list only <c>POST /lookup</c> and <c>GET /lookup/{id}</c>; this list is the one the official SDKs call.
    /// It pages like <see cref="ListSmsAsync"/>: offset pages that end at the first empty page, and a repeated page ends
    /// the listing with <see cref="Errors.InstasentPagingException"/>.
    /// </remarks>
    /// <param name="requestOptions">Options for every page request, or <see langword="null"/>; checked now.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The lookups.</returns>
    InstasentPageable<SmsLookup> ListLookupsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the account balance (<c>GET /organization/account</c>).</summary>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    Task<InstasentResponse<AccountBalance>> GetBalanceAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a price profile: per-country SMS or lookup prices.</summary>
    /// <remarks>
    /// Unconfirmed: Instasent documents that price profiles exist (spec tag <c>price</c>) but neither their paths nor
    /// their shape. The paths are the guesses <see cref="InstasentSmsApiOptions.SmsPriceProfilePath"/> and
    /// <see cref="InstasentSmsApiOptions.LookupPriceProfilePath"/>, and the answer is read as a bare array,
    /// <c>{"entities": [...]}</c> or <c>{"entity": {...}}</c>; the raw JSON is on the response.
    /// </remarks>
    /// <param name="kind">SMS or lookup prices.</param>
    /// <param name="requestOptions">Options for this call only, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries; the raw JSON is on the response.</returns>
    [Experimental("INSTASENT0001")]
    Task<InstasentResponse<IReadOnlyList<PriceProfile>>> GetPricingAsync(PriceProfileKind kind, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
