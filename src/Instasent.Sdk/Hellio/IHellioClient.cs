using System.Diagnostics.CodeAnalysis;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The Hellio Messaging v1 API (<c>https://api.helliomessaging.com/v1</c>, bearer token).
/// </summary>
/// <remarks>
/// <para><b>Idempotency.</b> <see cref="SendSmsAsync(HellioSmsRequest, InstasentRequestOptions?, CancellationToken)"/>,
/// <see cref="SendOtpAsync"/> and <see cref="SendVoiceAsync"/> send an <c>Idempotency-Key</c>, minted once per call and
/// reused on every retry, so these POSTs are retried on 5xx and timeouts without any risk of a double send; a replayed
/// answer has <see cref="InstasentResponse{T}.IdempotentReplayed"/> set. Give your own key in
/// <see cref="InstasentRequestOptions.IdempotencyKey"/> to survive a process restart: derive it from business
/// identifiers with <see cref="IdempotencyKeys.FromBusinessIds"/> (for example the order id and the recipient), so the
/// same order always sends the same key. Hellio accepts 1 to 255 visible ASCII characters. A duplicate that arrives
/// while the first is still being processed is retried until the stored answer is replayed, and fails with
/// <see cref="Errors.InstasentIdempotencyConflictException"/> only at the call's deadline.</para>
/// <para><b>Tokens.</b> Every operation but <see cref="IssueTokenAsync"/> sends a bearer token: the configured one, a
/// client-level <see cref="IInstasentTokenProvider"/>, or the one of <see cref="InstasentRequestOptions"/>. A token
/// issued by <see cref="IssueTokenAsync"/> plugs in through a provider that issues it once and caches it.</para>
/// <para><b>Lists.</b> Every <c>List…Async</c> returns an <see cref="InstasentPageable{T}"/> over Hellio's cursors
/// (<c>meta.next_cursor</c>): 200 items per page (the documented maximum) unless a smaller
/// <c>pageSizeHint</c> is given to <see cref="InstasentPageable{T}.AsPages"/>; a continuation token is Hellio's cursor
/// and can be stored to resume the list later.</para>
/// <para><b>Experimental.</b> Members marked <c>INSTASENT0003</c> call endpoints whose paths Hellio documents but whose
/// answers it does not: their result types model likely members and keep the rest in <c>AdditionalProperties</c>.</para>
/// <para><b>Errors.</b> The machine code is <see cref="Errors.InstasentApiException.ErrorCode"/> (see
/// <see cref="HellioErrorCodes"/>); <c>period</c> and <c>traffic_type</c> are in <c>Details</c>, field errors in <c>FieldErrors</c>.</para>
/// </remarks>
public interface IHellioClient
{
    /// <summary>Gets the USSD part of the API.</summary>
    IHellioUssdClient Ussd { get; }

    /// <summary>
    /// Obtains a token from an e-mail and password (<c>POST /auth/token</c>). This call sends no bearer token and works
    /// before one is configured (see <see cref="HellioOptions.AllowStartWithoutToken"/>). When the account has 2FA the
    /// result says <see cref="HellioTokenResult.RequiresTwoFactor"/>: call again with the code. To use the token, return
    /// it from an <see cref="IInstasentTokenProvider"/> (client-level or in <see cref="InstasentRequestOptions.TokenProvider"/>)
    /// that issues it once and caches it.
    /// </summary>
    /// <param name="request">The credentials.</param>
    /// <param name="requestOptions">Options for this call (timeout, headers, …); a token given there is not sent, this endpoint takes none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A token, or a request for the 2FA code.</returns>
    /// <exception cref="Errors.InstasentAuthenticationException"><c>invalid_credentials</c>.</exception>
    /// <exception cref="Errors.InstasentPermissionDeniedException"><c>email_unverified</c> or <c>account_locked</c>.</exception>
    Task<InstasentResponse<HellioTokenResult>> IssueTokenAsync(HellioTokenRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends an SMS campaign (<c>POST /sms/send</c>, ability <c>sms:send</c>); answered 202 once queued.</summary>
    /// <param name="request">The sender, recipients and text.</param>
    /// <param name="requestOptions">Options for this call; <see cref="InstasentRequestOptions.IdempotencyKey"/> is sent on every attempt (one is minted when it is <see langword="null"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued campaign.</returns>
    Task<InstasentResponse<HellioSmsSubmission>> SendSmsAsync(HellioSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends one SMS to one number (<c>POST /sms/send</c>); the same as the request overload with one recipient.</summary>
    /// <param name="from">An approved sender id, at most 11 characters.</param>
    /// <param name="to">The number (<c>+233…</c> or digits only, at most 20 characters).</param>
    /// <param name="text">The text, at most 1,600 characters.</param>
    /// <param name="requestOptions">Options for this call; <see cref="InstasentRequestOptions.IdempotencyKey"/> is sent on every attempt (one is minted when it is <see langword="null"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued campaign.</returns>
    Task<InstasentResponse<HellioSmsSubmission>> SendSmsAsync(string from, string to, string text, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends an OTP (<c>POST /otp/send</c>, ability <c>otp</c>).</summary>
    /// <param name="request">The channel, destination and options.</param>
    /// <param name="requestOptions">Options for this call; <see cref="InstasentRequestOptions.IdempotencyKey"/> is sent on every attempt (one is minted when it is <see langword="null"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued OTP.</returns>
    Task<InstasentResponse<HellioOtpSubmission>> SendOtpAsync(HellioOtpRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks a code against the most recent OTP of the destination (<c>POST /otp/verify</c>). A wrong or expired code
    /// is a result with <see cref="HellioOtpVerification.Verified"/> <see langword="false"/>, not an exception.
    /// </summary>
    /// <param name="request">The destination and code.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the code matched.</returns>
    Task<InstasentResponse<HellioOtpVerification>> VerifyOtpAsync(HellioOtpVerifyRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a voice broadcast (<c>POST /voice/send</c>, ability <c>voice</c>).</summary>
    /// <param name="request">The recipients and the text or audio.</param>
    /// <param name="requestOptions">Options for this call; <see cref="InstasentRequestOptions.IdempotencyKey"/> is sent on every attempt (one is minted when it is <see langword="null"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The broadcast.</returns>
    Task<InstasentResponse<HellioVoiceBroadcast>> SendVoiceAsync(HellioVoiceRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a voice broadcast (<c>GET /voice/{id}</c>).</summary>
    /// <remarks>Unconfirmed: the answer's fields (Hellio documents the path only; the official SDKs return raw JSON).</remarks>
    /// <param name="id">The broadcast id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The broadcast.</returns>
    [Experimental("INSTASENT0003")]
    Task<InstasentResponse<HellioVoiceBroadcast>> GetVoiceAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a number lookup (<c>POST /lookup</c>, ability <c>lookup</c>); it runs asynchronously.</summary>
    /// <param name="request">The numbers.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup request.</returns>
    Task<InstasentResponse<HellioLookup>> CreateLookupAsync(HellioLookupRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a lookup and its results (<c>GET /lookup/{id}</c>).</summary>
    /// <remarks>Unconfirmed: the answer's fields and the shape of the per-number results (the path is documented).</remarks>
    /// <param name="id">The lookup id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup.</returns>
    [Experimental("INSTASENT0003")]
    Task<InstasentResponse<HellioLookup>> GetLookupAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists past lookups lazily, newest first (<c>GET /lookups</c>), following <c>meta.next_cursor</c>.</summary>
    /// <remarks>Unconfirmed: the fields of a lookup in the list (the path and the cursor paging are documented).</remarks>
    /// <param name="requestOptions">Options for every page request of this list (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The lookups; <see cref="InstasentPageable{T}.AsPages"/> gives the pages and resumes from a stored cursor.</returns>
    [Experimental("INSTASENT0003")]
    InstasentPageable<HellioLookup> ListLookupsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Verifies e-mail addresses (<c>POST /email/verify</c>, ability <c>email:verify</c>); billed per address.</summary>
    /// <remarks>Unconfirmed: the shape of the answer (a list, an object holding a list, or one verdict are all read).</remarks>
    /// <param name="emails">At least one address.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One verdict per address the server reported on.</returns>
    [Experimental("INSTASENT0003")]
    Task<InstasentResponse<IReadOnlyList<HellioEmailCheck>>> VerifyEmailsAsync(IEnumerable<string> emails, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the wallet (<c>GET /balance</c>, ability <c>balance</c>).</summary>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    Task<InstasentResponse<HellioBalance>> GetBalanceAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets SMS prices per network (<c>GET /pricing</c>).</summary>
    /// <remarks>Unconfirmed: the fields of a price (the path and the <c>country</c> filter are documented).</remarks>
    /// <param name="country">An ISO-3166 alpha-2 country such as <c>GH</c>; <see langword="null"/> for all.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The prices.</returns>
    [Experimental("INSTASENT0003")]
    Task<InstasentResponse<IReadOnlyList<HellioPrice>>> GetPricingAsync(string? country = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists messages lazily, newest first (<c>GET /messages</c>, ability <c>reports</c>), following <c>meta.next_cursor</c>.</summary>
    /// <remarks>
    /// Unconfirmed: the fields of a message and the list of statuses (the path, the <c>status</c> filter and the cursor
    /// paging are documented). Named "messages", not "SMS", because the resource also holds OTPs sent by voice,
    /// WhatsApp and e-mail.
    /// </remarks>
    /// <param name="status">A status to filter on, or <see langword="null"/> for all.</param>
    /// <param name="requestOptions">Options for every page request of this list (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages; <see cref="InstasentPageable{T}.AsPages"/> gives the pages and resumes from a stored cursor.</returns>
    [Experimental("INSTASENT0003")]
    InstasentPageable<HellioMessage> ListMessagesAsync(HellioMessageStatus? status = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one message with its delivery status (<c>GET /messages/{id}</c>).</summary>
    /// <remarks>
    /// Unconfirmed: the fields of a message, and whether the id is the uuid <c>reference</c> or a number (both are
    /// accepted). Named "message", not "SMS", because an OTP's reference, whatever its channel, is read here too.
    /// </remarks>
    /// <param name="id">The message reference (uuid) or id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    [Experimental("INSTASENT0003")]
    Task<InstasentResponse<HellioMessage>> GetMessageAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists campaigns lazily, newest first (<c>GET /campaigns</c>), following <c>meta.next_cursor</c>.</summary>
    /// <remarks>Unconfirmed: the fields of a campaign and the list of statuses (the path, the filter and the paging are documented).</remarks>
    /// <param name="status">A status to filter on, or <see langword="null"/> for all.</param>
    /// <param name="requestOptions">Options for every page request of this list (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The campaigns; <see cref="InstasentPageable{T}.AsPages"/> gives the pages and resumes from a stored cursor.</returns>
    [Experimental("INSTASENT0003")]
    InstasentPageable<HellioCampaign> ListCampaignsAsync(HellioCampaignStatus? status = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a campaign with its delivery breakdown (<c>GET /campaigns/{id}</c>).</summary>
    /// <remarks>Unconfirmed: the fields of a campaign and the shape of its breakdown (the path is documented).</remarks>
    /// <param name="id">The campaign reference (uuid) or numeric id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign.</returns>
    [Experimental("INSTASENT0003")]
    Task<InstasentResponse<HellioCampaign>> GetCampaignAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the webhook endpoints (<c>GET /webhooks</c>, ability <c>webhooks</c>), without their secrets.</summary>
    /// <remarks>
    /// Hellio answers with one unpaged list, so the pageable has exactly one page. Unconfirmed: the fields of an
    /// endpoint in the list (the path is documented).
    /// </remarks>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The endpoints, in one page.</returns>
    [Experimental("INSTASENT0003")]
    InstasentPageable<HellioWebhookEndpoint> ListWebhookEndpointsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a webhook endpoint (<c>POST /webhooks</c>); the signing secret is in this response only.</summary>
    /// <param name="request">The address and events.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint, with its secret.</returns>
    Task<InstasentResponse<HellioWebhookEndpoint>> CreateWebhookEndpointAsync(HellioWebhookEndpointRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhook endpoint (<c>DELETE /webhooks/{id}</c>).</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id removed.</returns>
    Task<InstasentResponse<HellioDeleted>> DeleteWebhookEndpointAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
