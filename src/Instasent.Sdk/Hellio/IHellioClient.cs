namespace Instasent.Sdk.Hellio;

/// <summary>
/// The Hellio Messaging v1 API (<c>https://api.helliomessaging.com/v1</c>, bearer token).
/// </summary>
/// <remarks>
/// <para><b>Idempotency.</b> <see cref="SendSmsAsync"/>, <see cref="SendOtpAsync"/> and <see cref="SendVoiceAsync"/>
/// send an <c>Idempotency-Key</c>, minted once per call and reused on every retry, so these POSTs are retried on 5xx
/// and timeouts without any risk of a double send; a replayed answer has
/// <see cref="InstasentResponse{T}.IdempotentReplayed"/> set. Pass your own key to survive a process restart: derive it
/// from business identifiers with <see cref="IdempotencyKeys.FromBusinessIds"/> (for example the order id and the
/// recipient), so the same order always sends the same key. A duplicate that arrives while the first is still being
/// processed fails with <see cref="Errors.InstasentIdempotencyConflictException"/>.</para>
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
    /// result says <see cref="HellioTokenResult.RequiresTwoFactor"/>: call again with the code.
    /// </summary>
    /// <param name="request">The credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A token, or a request for the 2FA code.</returns>
    /// <exception cref="Errors.InstasentAuthenticationException"><c>invalid_credentials</c>.</exception>
    /// <exception cref="Errors.InstasentPermissionDeniedException"><c>email_unverified</c> or <c>account_locked</c>.</exception>
    Task<InstasentResponse<HellioTokenResult>> IssueTokenAsync(HellioTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends an SMS campaign (<c>POST /sms/send</c>, ability <c>sms:send</c>); answered 202 once queued.</summary>
    /// <param name="request">The recipients, sender and text.</param>
    /// <param name="idempotencyKey">Your key (for example from <see cref="IdempotencyKeys.FromBusinessIds"/>); one is minted when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued campaign.</returns>
    Task<InstasentResponse<HellioSmsSubmission>> SendSmsAsync(HellioSmsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Sends an OTP (<c>POST /otp/send</c>, ability <c>otp</c>).</summary>
    /// <param name="request">The channel, destination and options.</param>
    /// <param name="idempotencyKey">Your key; one is minted when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued OTP.</returns>
    Task<InstasentResponse<HellioOtpSubmission>> SendOtpAsync(HellioOtpRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks a code against the most recent OTP of the destination (<c>POST /otp/verify</c>). A wrong or expired code
    /// is a result with <see cref="HellioOtpVerification.Verified"/> <see langword="false"/>, not an exception.
    /// </summary>
    /// <param name="request">The destination and code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the code matched.</returns>
    Task<InstasentResponse<HellioOtpVerification>> VerifyOtpAsync(HellioOtpVerifyRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends a voice broadcast (<c>POST /voice/send</c>, ability <c>voice</c>).</summary>
    /// <param name="request">The recipients and the text or audio.</param>
    /// <param name="idempotencyKey">Your key; one is minted when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The broadcast.</returns>
    Task<InstasentResponse<HellioVoiceBroadcast>> SendVoiceAsync(HellioVoiceRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a voice broadcast (<c>GET /voice/{id}</c>).</summary>
    /// <param name="id">The broadcast id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The broadcast.</returns>
    Task<InstasentResponse<HellioVoiceBroadcast>> GetVoiceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Starts a number lookup (<c>POST /lookup</c>, ability <c>lookup</c>); it runs asynchronously.</summary>
    /// <param name="request">The numbers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup request.</returns>
    Task<InstasentResponse<HellioLookup>> CreateLookupAsync(HellioLookupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a lookup and its results (<c>GET /lookup/{id}</c>).</summary>
    /// <param name="id">The lookup id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lookup.</returns>
    Task<InstasentResponse<HellioLookup>> GetLookupAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists past lookups lazily (<c>GET /lookups</c>), following <c>meta.next_cursor</c>.</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The lookups, newest first.</returns>
    IAsyncEnumerable<HellioLookup> ListLookupsAsync(int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of past lookups.</summary>
    /// <param name="cursor">The cursor of the page; <see langword="null"/> for the first.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<HellioPage<HellioLookup>>> GetLookupsPageAsync(string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Verifies e-mail addresses (<c>POST /email/verify</c>, ability <c>email:verify</c>); billed per address.</summary>
    /// <param name="emails">At least one address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One verdict per address the server reported on.</returns>
    Task<InstasentResponse<IReadOnlyList<HellioEmailCheck>>> VerifyEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default);

    /// <summary>Gets the wallet (<c>GET /balance</c>, ability <c>balance</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    Task<InstasentResponse<HellioBalance>> GetBalanceAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets SMS prices per network (<c>GET /pricing</c>).</summary>
    /// <param name="country">An ISO-3166 alpha-2 country such as <c>GH</c>; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The prices.</returns>
    Task<InstasentResponse<IReadOnlyList<HellioPrice>>> GetPricingAsync(string? country = null, CancellationToken cancellationToken = default);

    /// <summary>Lists messages lazily (<c>GET /messages</c>, ability <c>reports</c>), following <c>meta.next_cursor</c>.</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="status">A status to filter on, or <see langword="null"/>.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages, newest first.</returns>
    IAsyncEnumerable<HellioMessage> ListMessagesAsync(string? status = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of messages.</summary>
    /// <param name="status">A status to filter on, or <see langword="null"/>.</param>
    /// <param name="cursor">The cursor of the page; <see langword="null"/> for the first.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<HellioPage<HellioMessage>>> GetMessagesPageAsync(string? status = null, string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one message with its delivery status (<c>GET /messages/{id}</c>).</summary>
    /// <param name="id">The message reference (uuid) or id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<InstasentResponse<HellioMessage>> GetMessageAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists campaigns lazily (<c>GET /campaigns</c>), following <c>meta.next_cursor</c>.</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="status">A status to filter on, or <see langword="null"/>.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The campaigns, newest first.</returns>
    IAsyncEnumerable<HellioCampaign> ListCampaignsAsync(string? status = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of campaigns.</summary>
    /// <param name="status">A status to filter on, or <see langword="null"/>.</param>
    /// <param name="cursor">The cursor of the page; <see langword="null"/> for the first.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<HellioPage<HellioCampaign>>> GetCampaignsPageAsync(string? status = null, string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets a campaign with its delivery breakdown (<c>GET /campaigns/{id}</c>).</summary>
    /// <param name="id">The campaign reference (uuid) or numeric id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign.</returns>
    Task<InstasentResponse<HellioCampaign>> GetCampaignAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists the webhook endpoints (<c>GET /webhooks</c>, ability <c>webhooks</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoints (without secrets).</returns>
    Task<InstasentResponse<IReadOnlyList<HellioWebhookEndpoint>>> ListWebhooksAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a webhook endpoint (<c>POST /webhooks</c>); the signing secret is in this response only.</summary>
    /// <param name="request">The address and events.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint, with its secret.</returns>
    Task<InstasentResponse<HellioWebhookEndpoint>> CreateWebhookAsync(HellioWebhookEndpointRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a webhook endpoint (<c>DELETE /webhooks/{id}</c>).</summary>
    /// <param name="id">The endpoint id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id removed.</returns>
    Task<InstasentResponse<HellioDeleted>> DeleteWebhookAsync(string id, CancellationToken cancellationToken = default);
}
