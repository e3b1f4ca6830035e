
namespace Instasent.Sdk.Product;

/// <summary>
/// The SMS channel of a project (<see cref="IProductClient.Messaging"/>): senders, direct SMS to one contact, and the
/// project's SMS reads.
/// </summary>
public interface IProductMessagingClient
{
    /// <summary>Lists the project's SMS senders; <see cref="SmsSender.IsDefault"/> marks the default one.</summary>
    /// <remarks>The API answers this list in one response (no paging parameters), so the pageable has one page.</remarks>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The senders.</returns>
    InstasentPageable<SmsSender> ListSmsSendersAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends an SMS to one contact (by audience id or E.164 phone). Not retried after a failure the server may have
    /// seen: Instasent documents no idempotency key, so a repeat could send the message twice (an
    /// <see cref="InstasentRequestOptions.IdempotencyKey"/> is refused).
    /// </summary>
    /// <param name="request">The message: sender, recipient, text, and the optional Unicode flag and UTM term.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message, the audience id and whether the contact was created.</returns>
    Task<InstasentResponse<DirectSmsResult>> SendSmsAsync(ProductSmsRequest request, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends an SMS to one contact (by audience id or E.164 phone); see <see cref="SendSmsAsync(ProductSmsRequest, string?, InstasentRequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="from">The sender id, or <see cref="ProductSmsRequest.DefaultSender"/> for the project's default sender.</param>
    /// <param name="to">The audience contact id, or an E.164 phone number (a contact is then created if needed).</param>
    /// <param name="text">The message text.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message, the audience id and whether the contact was created.</returns>
    Task<InstasentResponse<DirectSmsResult>> SendSmsAsync(string from, string to, string text, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one SMS of the project.</summary>
    /// <param name="smsId">The message id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<InstasentResponse<Instasent.Sdk.Sms.SmsMessage>> GetSmsAsync(string smsId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one contact.</summary>
    /// <remarks>
    /// Offset paging (<c>_start</c>/<c>_limit</c>; the continuation token is the next offset): items added or deleted
    /// while the list is read shift the pages, so an item may be skipped or returned twice. A page shorter than asked
    /// for does not end the list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c>
    /// (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same
    /// page again (for example because it ignores <c>_start</c>) ends the listing with
    /// <see cref="Errors.InstasentPagingException"/> instead of repeating items. The page size is
    /// <see cref="IndexQuery.Limit"/> (default 100), or the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>
    /// (at most 100).
    /// </remarks>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<Instasent.Sdk.Sms.SmsMessage> ListSmsByAudienceAsync(string audienceId, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one send.</summary>
    /// <remarks>
    /// Offset paging (<c>_start</c>/<c>_limit</c>; the continuation token is the next offset): items added or deleted
    /// while the list is read shift the pages, so an item may be skipped or returned twice. A page shorter than asked
    /// for does not end the list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c>
    /// (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same
    /// page again (for example because it ignores <c>_start</c>) ends the listing with
    /// <see cref="Errors.InstasentPagingException"/> instead of repeating items. The page size is
    /// <see cref="IndexQuery.Limit"/> (default 100), or the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>
    /// (at most 100).
    /// </remarks>
    /// <param name="sendId">The send id.</param>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<Instasent.Sdk.Sms.SmsMessage> ListSmsBySendAsync(string sendId, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one campaign option.</summary>
    /// <remarks>
    /// Offset paging (<c>_start</c>/<c>_limit</c>; the continuation token is the next offset): items added or deleted
    /// while the list is read shift the pages, so an item may be skipped or returned twice. A page shorter than asked
    /// for does not end the list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c>
    /// (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same
    /// page again (for example because it ignores <c>_start</c>) ends the listing with
    /// <see cref="Errors.InstasentPagingException"/> instead of repeating items. The page size is
    /// <see cref="IndexQuery.Limit"/> (default 100), or the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>
    /// (at most 100).
    /// </remarks>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="optionIndex">The 0-based option index.</param>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<Instasent.Sdk.Sms.SmsMessage> ListSmsByCampaignAsync(string campaignId, int optionIndex = 0, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one automation message.</summary>
    /// <remarks>
    /// Offset paging (<c>_start</c>/<c>_limit</c>; the continuation token is the next offset): items added or deleted
    /// while the list is read shift the pages, so an item may be skipped or returned twice. A page shorter than asked
    /// for does not end the list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c>
    /// (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same
    /// page again (for example because it ignores <c>_start</c>) ends the listing with
    /// <see cref="Errors.InstasentPagingException"/> instead of repeating items. The page size is
    /// <see cref="IndexQuery.Limit"/> (default 100), or the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>
    /// (at most 100).
    /// </remarks>
    /// <param name="automationId">The automation id.</param>
    /// <param name="messageIndex">The 0-based message index.</param>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<Instasent.Sdk.Sms.SmsMessage> ListSmsByAutomationAsync(string automationId, int messageIndex = 0, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists direct SMS, optionally only those tagged with one UTM term.</summary>
    /// <remarks>
    /// Offset paging (<c>_start</c>/<c>_limit</c>; the continuation token is the next offset): items added or deleted
    /// while the list is read shift the pages, so an item may be skipped or returned twice. A page shorter than asked
    /// for does not end the list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c>
    /// (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same
    /// page again (for example because it ignores <c>_start</c>) ends the listing with
    /// <see cref="Errors.InstasentPagingException"/> instead of repeating items. The page size is
    /// <see cref="IndexQuery.Limit"/> (default 100), or the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>
    /// (at most 100).
    /// </remarks>
    /// <param name="utmTerm">The UTM term, or <see langword="null"/> for every direct SMS.</param>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<Instasent.Sdk.Sms.SmsMessage> ListDirectSmsAsync(string? utmTerm = null, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
