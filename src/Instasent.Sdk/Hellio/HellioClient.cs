using System.Text.Json;
using Instasent.Sdk.Http;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

internal sealed class HellioClient : IHellioClient
{
    private static readonly HellioJsonContext Json = HellioJsonContext.Default;

    private readonly IHellioApi api;
    private readonly HellioCalls calls;
    private readonly InstasentOperation issueToken;
    private readonly InstasentOperation sendSms;
    private readonly InstasentOperation sendOtp;
    private readonly InstasentOperation verifyOtp;
    private readonly InstasentOperation sendVoice;
    private readonly InstasentOperation getVoice;
    private readonly InstasentOperation createLookup;
    private readonly InstasentOperation getLookup;
    private readonly InstasentOperation listLookups;
    private readonly InstasentOperation verifyEmails;
    private readonly InstasentOperation getBalance;
    private readonly InstasentOperation getPricing;
    private readonly InstasentOperation listMessages;
    private readonly InstasentOperation getMessage;
    private readonly InstasentOperation listCampaigns;
    private readonly InstasentOperation getCampaign;
    private readonly InstasentOperation listWebhooks;
    private readonly InstasentOperation createWebhook;
    private readonly InstasentOperation deleteWebhook;

    public HellioClient(IHellioApi api, InstasentOperationExecutor executor)
    {
        this.api = api;
        calls = new HellioCalls(executor);
        Ussd = new HellioUssdClient(api, calls);
        var family = executor.Family;
        // Public endpoint: it issues the token, so it neither needs one nor should receive one.
        issueToken = family.Operation("IssueToken", RetrySafety.NotIdempotent) with { RequiresToken = false };
        // Hellio honours Idempotency-Key on these three: a retry replays the first answer instead of sending again.
        sendSms = family.Operation("SendSms", RetrySafety.IdempotentWithKey);
        sendOtp = family.Operation("SendOtp", RetrySafety.IdempotentWithKey);
        sendVoice = family.Operation("SendVoice", RetrySafety.IdempotentWithKey);
        // A verify consumes the OTP, lookups and e-mail checks are billed: not safe to repeat blindly.
        verifyOtp = family.Operation("VerifyOtp", RetrySafety.NotIdempotent);
        createLookup = family.Operation("CreateLookup", RetrySafety.NotIdempotent);
        verifyEmails = family.Operation("VerifyEmails", RetrySafety.NotIdempotent);
        createWebhook = family.Operation("CreateWebhookEndpoint", RetrySafety.NotIdempotent);
        getVoice = family.Operation("GetVoice", RetrySafety.Idempotent);
        getLookup = family.Operation("GetLookup", RetrySafety.Idempotent);
        listLookups = family.Operation("ListLookups", RetrySafety.Idempotent);
        getBalance = family.Operation("GetBalance", RetrySafety.Idempotent);
        getPricing = family.Operation("GetPricing", RetrySafety.Idempotent);
        listMessages = family.Operation("ListMessages", RetrySafety.Idempotent);
        getMessage = family.Operation("GetMessage", RetrySafety.Idempotent);
        listCampaigns = family.Operation("ListCampaigns", RetrySafety.Idempotent);
        getCampaign = family.Operation("GetCampaign", RetrySafety.Idempotent);
        listWebhooks = family.Operation("ListWebhookEndpoints", RetrySafety.Idempotent);
        deleteWebhook = family.Operation("DeleteWebhookEndpoint", RetrySafety.Idempotent);
    }

    public IHellioUssdClient Ussd { get; }

    private InstasentOperationExecutor Executor => calls.Executor;

    public Task<InstasentResponse<HellioTokenResult>> IssueTokenAsync(HellioTokenRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            throw new ArgumentException("request.email and request.password are required.", nameof(request));
        }

        var body = JsonRequestContent.Create(request, Json.HellioTokenRequest);
        var context = Executor.CreateContext(issueToken, requestOptions);
        // 422 two_factor_required is a step of the login flow, so it is read as a result; any other 422 still throws.
        return Executor.SendAsync(
            context,
            (call, ct) => api.IssueTokenAsync(body, call, ct),
            (bytes, status) =>
            {
                if (status != 422)
                {
                    return new HellioTokenResult { Token = HellioCalls.Data(bytes, Json.HellioEnvelopeHellioIssuedToken) };
                }

                var details = Executor.Family.ErrorReader.Read(status, bytes.Span);
                if (string.Equals(details.ErrorCode, HellioErrorCodes.TwoFactorRequired, StringComparison.Ordinal))
                {
                    return new HellioTokenResult { RequiresTwoFactor = true, Message = details.Message };
                }

                throw Executor.CreateApiException(context, status, bytes);
            },
            status => status == 422,
            cancellationToken);
    }

    public Task<InstasentResponse<HellioSmsSubmission>> SendSmsAsync(HellioSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioValidation.Sms(request, nameof(request));
        HellioCalls.CheckIdempotencyKey(requestOptions);
        var body = JsonRequestContent.Create(request, Json.HellioSmsRequest);
        return calls.DataAsync(Executor.CreateContext(sendSms, requestOptions).WithSentText(request.Message), (call, ct) => api.SendSmsAsync(body, call, ct), Json.HellioEnvelopeHellioSmsSubmission, cancellationToken);
    }

    public Task<InstasentResponse<HellioSmsSubmission>> SendSmsAsync(string from, string to, string text, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        return SendSmsAsync(new HellioSmsRequest(from, [to], text), requestOptions, cancellationToken);
    }

    public Task<InstasentResponse<HellioOtpSubmission>> SendOtpAsync(HellioOtpRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioValidation.Otp(request, nameof(request));
        HellioCalls.CheckIdempotencyKey(requestOptions);
        var body = JsonRequestContent.Create(request, Json.HellioOtpRequest);
        return calls.DataAsync(sendOtp, requestOptions, (call, ct) => api.SendOtpAsync(body, call, ct), Json.HellioEnvelopeHellioOtpSubmission, cancellationToken);
    }

    public Task<InstasentResponse<HellioOtpVerification>> VerifyOtpAsync(HellioOtpVerifyRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioValidation.OtpVerify(request, nameof(request));
        var body = JsonRequestContent.Create(request, Json.HellioOtpVerifyRequest);
        var context = Executor.CreateContext(verifyOtp, requestOptions);
        return Executor.SendAsync(
            context,
            (call, ct) => api.VerifyOtpAsync(body, call, ct),
            (bytes, status) => status == 422 ? ReadRejectedCode(context, bytes) : HellioCalls.Data(bytes, Json.HellioEnvelopeHellioOtpVerification),
            status => status == 422,
            cancellationToken);
    }

    public Task<InstasentResponse<HellioVoiceBroadcast>> SendVoiceAsync(HellioVoiceRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioValidation.Voice(request, nameof(request));
        HellioCalls.CheckIdempotencyKey(requestOptions);
        var body = JsonRequestContent.Create(request, Json.HellioVoiceRequest);
        return calls.DataAsync(Executor.CreateContext(sendVoice, requestOptions).WithSentText(request.Text), (call, ct) => api.SendVoiceAsync(body, call, ct), Json.HellioEnvelopeHellioVoiceBroadcast, cancellationToken);
    }

    public Task<InstasentResponse<HellioVoiceBroadcast>> GetVoiceAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DataAsync(getVoice, requestOptions, (call, ct) => api.GetVoiceAsync(id, call, ct), Json.HellioEnvelopeHellioVoiceBroadcast, cancellationToken);
    }

    public Task<InstasentResponse<HellioLookup>> CreateLookupAsync(HellioLookupRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        HellioValidation.Numbers(request.Numbers, HellioValidation.MaxRecipients, "request.numbers", nameof(request));
        var body = JsonRequestContent.Create(request, Json.HellioLookupRequest);
        return calls.DataAsync(createLookup, requestOptions, (call, ct) => api.CreateLookupAsync(body, call, ct), Json.HellioEnvelopeHellioLookup, cancellationToken);
    }

    public Task<InstasentResponse<HellioLookup>> GetLookupAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DataAsync(getLookup, requestOptions, (call, ct) => api.GetLookupAsync(id, call, ct), Json.HellioEnvelopeHellioLookup, cancellationToken);
    }

    public InstasentPageable<HellioLookup> ListLookupsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        calls.List<HellioLookup>(listLookups, requestOptions, (cursor, perPage, call, ct) => api.ListLookupsAsync(cursor, perPage, call, ct), Json.HellioEnvelopeIReadOnlyListHellioLookup, static x => x.Id, cancellationToken);

    public Task<InstasentResponse<IReadOnlyList<HellioEmailCheck>>> VerifyEmailsAsync(IEnumerable<string> emails, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var list = emails.ToArray();
        if (list.Length == 0 || list.Any(e => string.IsNullOrWhiteSpace(e)))
        {
            throw new ArgumentException("emails must hold at least one address, and no empty ones.", nameof(emails));
        }

        var body = JsonRequestContent.Create(new HellioEmailVerifyBody(list), Json.HellioEmailVerifyBody);
        return Executor.SendAsync(
            Executor.CreateContext(verifyEmails, requestOptions),
            (call, ct) => api.VerifyEmailsAsync(body, call, ct),
            (bytes, _) => ReadEmailChecks(HellioCalls.Data(bytes, Json.HellioEnvelopeJsonElement)),
            null,
            cancellationToken);
    }

    public Task<InstasentResponse<HellioBalance>> GetBalanceAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        calls.DataAsync(getBalance, requestOptions, (call, ct) => api.GetBalanceAsync(call, ct), Json.HellioEnvelopeHellioBalance, cancellationToken);

    public Task<InstasentResponse<IReadOnlyList<HellioPrice>>> GetPricingAsync(string? country = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            throw new ArgumentException("country must be an ISO-3166 alpha-2 code such as GH.", nameof(country));
        }

        return calls.DataAsync(getPricing, requestOptions, (call, ct) => api.GetPricingAsync(country?.ToUpperInvariant(), call, ct), Json.HellioEnvelopeIReadOnlyListHellioPrice, cancellationToken);
    }

    public InstasentPageable<HellioMessage> ListMessagesAsync(HellioMessageStatus? status = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var filter = HellioCalls.StatusFilter(status?.Value, nameof(status));
        return calls.List<HellioMessage>(listMessages, requestOptions, (cursor, perPage, call, ct) => api.ListMessagesAsync(filter, cursor, perPage, call, ct), Json.HellioEnvelopeIReadOnlyListHellioMessage, static x => x.Id, cancellationToken);
    }

    public Task<InstasentResponse<HellioMessage>> GetMessageAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DataAsync(getMessage, requestOptions, (call, ct) => api.GetMessageAsync(id, call, ct), Json.HellioEnvelopeHellioMessage, cancellationToken);
    }

    public InstasentPageable<HellioCampaign> ListCampaignsAsync(HellioCampaignStatus? status = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var filter = HellioCalls.StatusFilter(status?.Value, nameof(status));
        return calls.List<HellioCampaign>(listCampaigns, requestOptions, (cursor, perPage, call, ct) => api.ListCampaignsAsync(filter, cursor, perPage, call, ct), Json.HellioEnvelopeIReadOnlyListHellioCampaign, static x => x.Id, cancellationToken);
    }

    public Task<InstasentResponse<HellioCampaign>> GetCampaignAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DataAsync(getCampaign, requestOptions, (call, ct) => api.GetCampaignAsync(id, call, ct), Json.HellioEnvelopeHellioCampaign, cancellationToken);
    }

    public InstasentPageable<HellioWebhookEndpoint> ListWebhookEndpointsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        calls.ListOnce<HellioWebhookEndpoint>(listWebhooks, requestOptions, (call, ct) => api.ListWebhooksAsync(call, ct), Json.HellioEnvelopeIReadOnlyListHellioWebhookEndpoint, static x => x.Id, cancellationToken);

    public Task<InstasentResponse<HellioWebhookEndpoint>> CreateWebhookEndpointAsync(HellioWebhookEndpointRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url is null || !request.Url.IsAbsoluteUri || request.Url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("request.url must be an absolute https address.", nameof(request));
        }

        // The official SDKs leave "events" out when empty, so the server default applies.
        var wire = request.Events is { Count: 0 } ? request with { Events = null } : request;
        var body = JsonRequestContent.Create(wire, Json.HellioWebhookEndpointRequest);
        return calls.DataAsync(createWebhook, requestOptions, (call, ct) => api.CreateWebhookAsync(body, call, ct), Json.HellioEnvelopeHellioWebhookEndpoint, cancellationToken);
    }

    public Task<InstasentResponse<HellioDeleted>> DeleteWebhookEndpointAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        HellioCalls.CheckId(id);
        return calls.DeleteAsync(deleteWebhook, requestOptions, id, (call, ct) => api.DeleteWebhookAsync(id, call, ct), cancellationToken);
    }

    /// <summary>
    /// Reads a 422 from <c>/otp/verify</c>. Hellio answers a wrong code with <c>data: {verified: false}</c>, and a
    /// validation-style body (<c>message</c> plus <c>errors.code</c>) has also been seen: both mean "not verified". A 422
    /// about anything else (a malformed number, a machine code) is a real error and throws.
    /// </summary>
    private HellioOtpVerification ReadRejectedCode(InstasentCallContext context, ReadOnlyMemory<byte> body)
    {
        try
        {
            var envelope = InstasentOperationExecutor.Deserialize(body, Json.HellioEnvelopeHellioOtpVerification);
            if (envelope?.Data is { } data)
            {
                return data;
            }
        }
        catch (JsonException)
        {
            // Not the data shape; fall through to the error reading below.
        }

        var details = Executor.Family.ErrorReader.Read(422, body.Span);
        if (details.ErrorCode is null && details.FieldErrors.Keys.All(k => k == "code"))
        {
            return new HellioOtpVerification { Verified = false, Status = "invalid", Message = details.Message };
        }

        throw Executor.CreateApiException(context, 422, body);
    }

    /// <summary>The e-mail check answer is undocumented: a list, an object holding a list (<c>results</c>, <c>emails</c>), or one verdict.</summary>
    private static IReadOnlyList<HellioEmailCheck> ReadEmailChecks(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["results", "emails", "items"])
            {
                if (data.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    return list.Deserialize(Json.IReadOnlyListHellioEmailCheck) ?? [];
                }
            }

            return [data.Deserialize(Json.HellioEmailCheck)!];
        }

        return data.ValueKind == JsonValueKind.Array ? data.Deserialize(Json.IReadOnlyListHellioEmailCheck) ?? [] : [];
    }
}
