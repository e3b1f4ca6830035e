using System.Diagnostics.CodeAnalysis;
using Instasent.Sdk.Batching;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// The LynSMS v1 API (<c>https://lynsms.com/api/v1</c>, keys <c>ds_live_…</c>). Results are the <c>data</c> of the
/// <c>{success, data, meta}</c> envelope; the request id (<c>meta.request_id</c> or <c>X-Request-Id</c>) is on every
/// <see cref="InstasentResponse{T}"/> and exception. A 429 waits for the next one-minute window boundary (plus up to
/// 10 % jitter and a one-second margin for clock skew) and then retries; with the default
/// <see cref="InstasentClientOptions.TotalTimeout"/> (100 s) every such wait fits. A <c>TotalTimeout</c> shorter than the
/// wait makes the call fail at once with <see cref="Errors.InstasentRateLimitedException"/> instead.
/// </summary>
/// <remarks>
/// LynSMS documents no idempotency mechanism, so sends are never retried after the request may have reached the server
/// (only on 429 and on connect failures), and <see cref="InstasentRequestOptions.IdempotencyKey"/> is refused on them.
/// Several endpoints (bulk, lists, balance, usage, webhook lists) are undocumented in their detail; the SDK reads them
/// tolerantly and keeps unknown members in <c>AdditionalProperties</c>. Those whose paths are guesses are marked
/// <c>[Experimental("INSTASENT0002")]</c>.
/// </remarks>
public interface ILynSmsClient
{
    /// <summary>Sends one SMS (<c>POST /messages/send</c>, scope <c>sms:send</c>).</summary>
    /// <param name="request">The message.</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created message.</returns>
    /// <exception cref="ArgumentException">A field is invalid; the message names it. Nothing was sent.</exception>
    Task<InstasentResponse<LynSmsMessage>> SendSmsAsync(LynSmsSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends one SMS (<c>POST /messages/send</c>); the short form of <see cref="SendSmsAsync(LynSmsSmsRequest, InstasentRequestOptions?, CancellationToken)"/>.</summary>
    /// <param name="from">An approved sender id: up to 11 letters and digits, or a numeric long/short code.</param>
    /// <param name="to">The recipient in E.164 form, such as <c>+12025550143</c>.</param>
    /// <param name="text">The text, up to 1,600 characters (sent as <c>body</c>).</param>
    /// <param name="requestOptions">Per-call options (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created message.</returns>
    /// <exception cref="ArgumentException">A field is invalid; the message names it. Nothing was sent.</exception>
    Task<InstasentResponse<LynSmsMessage>> SendSmsAsync(string from, string to, string text, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends one text to any number of recipients (<c>POST /messages/bulk</c>, scope <c>sms:bulk</c>), at most 1,000 per
    /// request, several requests at once (<see cref="InstasentClientOptions.BulkConcurrency"/>). The answer is matched
    /// to recipients by number, never by position; a batch that fails leaves its recipients
    /// <see cref="BatchItemStatus.Failed"/> (not sent to) or <see cref="BatchItemStatus.Unknown"/> (maybe sent to).
    /// </summary>
    /// <param name="request">The text and recipients.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call: no further batch is sent, batches in flight get <see cref="InstasentClientOptions.BulkCancellationGrace"/>
    /// to finish, then <see cref="InstasentBatchCanceledException{TResult}"/> reports every recipient's outcome.
    /// </param>
    /// <returns>One outcome per recipient, by its position in <see cref="LynSmsBulkSmsRequest.Recipients"/>; invalid numbers are rejected before sending.</returns>
    /// <exception cref="ArgumentException">The sender or text is invalid; nothing was sent.</exception>
    /// <exception cref="InstasentBatchCanceledException{TResult}">The token was cancelled; the exception carries the partial result.</exception>
    Task<BatchResult<LynSmsMessage>> SendBulkSmsAsync(LynSmsBulkSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends one text to any number of recipients like <see cref="SendBulkSmsAsync"/> and streams their outcomes. Yields each outcome as soon as it is known (a rejected record when read, a batch's records when the batch
    /// finishes), in that order rather than by index (each outcome carries its <see cref="BatchItemOutcome{TResult}.Index"/>),
    /// and keeps none, so memory stays flat however many items pass through. A reader that falls behind holds back
    /// further batches. Nothing is sent until the enumeration starts; the arguments and request options are checked
    /// when the method is called.
    /// </summary>
    /// <param name="request">The text and recipients.</param>
    /// <param name="requestOptions">Per-call options, applied to every batch request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">
    /// Cancels the call (as does the token given to <c>WithCancellation</c>): no further batch is sent, batches in flight
    /// get <see cref="InstasentClientOptions.BulkCancellationGrace"/>, every remaining outcome (not sent, or unknown) is
    /// still yielded, then <see cref="OperationCanceledException"/> is thrown. Leaving the loop early cancels the same way
    /// and yields nothing further.
    /// </param>
    /// <returns>One outcome per recipient, as each becomes known.</returns>
    /// <exception cref="ArgumentException">The sender or text is invalid; nothing was sent.</exception>
    IAsyncEnumerable<BatchItemOutcome<LynSmsMessage>> SendBulkSmsStreamingAsync(LynSmsBulkSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one SMS (<c>GET /messages/{id}</c>, scope <c>sms:read</c>).</summary>
    /// <param name="id">The message id (<c>msg_…</c>).</param>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<InstasentResponse<LynSmsMessage>> GetSmsAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the SMS lazily, page by page (<c>GET /messages?page=&amp;per_page=</c>, 100 per page unless
    /// <c>AsPages(…, pageSizeHint)</c> asks for fewer; a larger hint is capped at 100). The continuation tokens are page numbers.
    /// </summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice. A page shorter than asked for does not end the list (a server may cap the page size); it ends
    /// when <c>meta</c> says so (<c>has_more: false</c>, <c>current_page</c> = <c>last_page</c>) or at the first empty
    /// page. A server that answers the same page again (for example because it ignores the <c>page</c> parameter) ends
    /// the listing with <see cref="Errors.InstasentPagingException"/> instead of repeating items.
    /// </remarks>
    /// <param name="requestOptions">Per-call options, applied to every page request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    InstasentPageable<LynSmsMessage> ListSmsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the account behind the key (<c>GET /account</c>).</summary>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    Task<InstasentResponse<LynSmsAccount>> GetAccountAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the balance (scope <c>balance:read</c>; path <see cref="LynSmsOptions.BalancePath"/>).</summary>
    /// <remarks>Unconfirmed: LynSMS documents that a balance endpoint exists but not its path or body; the default path <c>account/balance</c> is a guess.</remarks>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    [Experimental("INSTASENT0002")]
    Task<InstasentResponse<LynSmsBalance>> GetBalanceAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets usage figures (scope <c>balance:read</c>; path <see cref="LynSmsOptions.UsagePath"/>).</summary>
    /// <remarks>Unconfirmed: LynSMS documents that a usage endpoint exists but not its path or body; the default path <c>account/usage</c> is a guess.</remarks>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The usage.</returns>
    [Experimental("INSTASENT0002")]
    Task<InstasentResponse<LynSmsUsage>> GetUsageAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an API key (<c>POST /api-keys/create</c>). The secret is in <see cref="LynSmsApiKey.Key"/> of this response only.</summary>
    /// <param name="request">The key to create.</param>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key, with its secret.</returns>
    Task<InstasentResponse<LynSmsApiKey>> CreateApiKeyAsync(LynSmsApiKeyRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes an API key (<c>DELETE /api-keys/{id}</c>); the last step of a rotation.</summary>
    /// <param name="id">The key id.</param>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server reported.</returns>
    Task<InstasentResponse<LynSmsDeleted>> RevokeApiKeyAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a webhook endpoint (<c>POST /webhooks/create</c>). The signing secret is in this response only.</summary>
    /// <param name="request">The endpoint.</param>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint, with its signing secret.</returns>
    Task<InstasentResponse<LynSmsWebhookEndpoint>> CreateWebhookEndpointAsync(LynSmsWebhookEndpointRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the webhook endpoints (path <see cref="LynSmsOptions.WebhookEndpointsPath"/>; secrets are not included).
    /// One request: the pageable has a single page.
    /// </summary>
    /// <remarks>Unconfirmed: LynSMS documents only <c>POST /webhooks/create</c>; the list path (default <c>webhooks</c>), its paging and its body are guesses.</remarks>
    /// <param name="requestOptions">Per-call options, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The endpoints.</returns>
    [Experimental("INSTASENT0002")]
    InstasentPageable<LynSmsWebhookEndpoint> ListWebhookEndpointsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists recent webhook events lazily (path <see cref="LynSmsOptions.WebhookEventsPath"/>, <c>page</c>/<c>per_page</c>
    /// like <see cref="ListSmsAsync"/>; read tolerantly).
    /// </summary>
    /// <remarks>Unconfirmed: the docs mention "inspect events" but give no path, paging or body; the default path <c>webhooks/events</c> is a guess.</remarks>
    /// <param name="requestOptions">Per-call options, applied to every page request, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events.</returns>
    [Experimental("INSTASENT0002")]
    InstasentPageable<LynSmsEvent> ListWebhookEventsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
