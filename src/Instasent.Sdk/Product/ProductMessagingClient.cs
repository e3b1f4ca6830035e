using System.Text.Json;
using Instasent.Sdk.Http;
using Instasent.Sdk.Serialization;
using Instasent.Sdk.Validation;
using SmsModel = Instasent.Sdk.Sms.SmsMessage;

namespace Instasent.Sdk.Product;

internal sealed class ProductMessagingClient : IProductMessagingClient
{
    internal const int MaxUtmTermLength = 40;
    private static readonly ProductJsonContext Json = ProductRequests.Json;

    private readonly ProductRequests requests;
    private readonly InstasentOperation listSmsSenders;
    private readonly InstasentOperation sendDirectSms;
    private readonly InstasentOperation getSms;
    private readonly InstasentOperation listSmsByAudience;
    private readonly InstasentOperation listSmsBySend;
    private readonly InstasentOperation listSmsByCampaign;
    private readonly InstasentOperation listSmsByAutomation;
    private readonly InstasentOperation listDirectSms;

    public ProductMessagingClient(ProductRequests requests)
    {
        this.requests = requests;
        var family = requests.Family;
        listSmsSenders = family.Operation("ListSmsSenders", RetrySafety.Idempotent);

        // A repeated direct SMS is a second SMS to a real phone: only 429s and connect failures are retried.
        sendDirectSms = family.Operation("SendDirectSms", RetrySafety.NotIdempotent);
        getSms = family.Operation("GetSms", RetrySafety.Idempotent);
        listSmsByAudience = family.Operation("ListSmsByAudience", RetrySafety.Idempotent);
        listSmsBySend = family.Operation("ListSmsBySend", RetrySafety.Idempotent);
        listSmsByCampaign = family.Operation("ListSmsByCampaign", RetrySafety.Idempotent);
        listSmsByAutomation = family.Operation("ListSmsByAutomation", RetrySafety.Idempotent);
        listDirectSms = family.Operation("ListDirectSms", RetrySafety.Idempotent);
    }

    public InstasentPageable<SmsSender> ListSmsSendersAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.SinglePage(listSmsSenders, requestOptions, (call, ct) => requests.Api.ListSmsSendersAsync(p, call, ct), ReadSenders, static s => s.Id, cancellationToken);
    }

    public Task<InstasentResponse<DirectSmsResult>> SendSmsAsync(string from, string to, string text, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendSmsAsync(new ProductSmsRequest(from, to, text), project, requestOptions, cancellationToken);

    public Task<InstasentResponse<DirectSmsResult>> SendSmsAsync(ProductSmsRequest request, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.From, "request.From");
        ArgumentException.ThrowIfNullOrWhiteSpace(request.To, "request.To");
        if (string.IsNullOrEmpty(request.Text))
        {
            throw new ArgumentException("request.Text is required.", nameof(request));
        }

        if (request.To.StartsWith('+') && !PhoneNumber.IsE164(request.To))
        {
            throw new ArgumentException("request.To looks like a phone number but is not E.164 ('+' and 7 to 15 digits).", nameof(request));
        }

        if (request.UtmTerm is { } utm && (utm.Length == 0 || utm.Length > MaxUtmTermLength || utm.Contains('/', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"request.UtmTerm must be 1 to {MaxUtmTermLength} characters without '/' (it has {utm.Length}).", nameof(request));
        }

        var p = requests.Project(project);
        var body = JsonRequestContent.Create(new DirectSmsBody(request.Text, request.AllowUnicode), Json.DirectSmsBody);
        return requests.SendAsync(
            sendDirectSms,
            requestOptions,
            (call, ct) => request.UtmTerm is { } term
                ? requests.Api.SendDirectSmsWithUtmAsync(p, request.From, request.To, term, body, call, ct)
                : requests.Api.SendDirectSmsAsync(p, request.From, request.To, body, call, ct),
            (bytes, _) => ReadDirectSms(bytes),
            cancellationToken,
            sentText: request.Text);
    }

    public Task<InstasentResponse<SmsModel>> GetSmsAsync(string smsId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(smsId);
        var p = requests.Project(project);
        return requests.SendAsync(getSms, requestOptions, (call, ct) => requests.Api.GetSmsAsync(p, smsId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeSmsMessage, Json.SmsMessage).Value, cancellationToken);
    }

    public InstasentPageable<SmsModel> ListSmsByAudienceAsync(string audienceId, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = requests.Project(project);
        return SmsList(listSmsByAudience, query, requestOptions, (q, call, ct) => requests.Api.ListSmsByAudienceAsync(p, audienceId, q, call, ct), cancellationToken);
    }

    public InstasentPageable<SmsModel> ListSmsBySendAsync(string sendId, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sendId);
        var p = requests.Project(project);
        return SmsList(listSmsBySend, query, requestOptions, (q, call, ct) => requests.Api.ListSmsBySendAsync(p, sendId, q, call, ct), cancellationToken);
    }

    public InstasentPageable<SmsModel> ListSmsByCampaignAsync(string campaignId, int optionIndex = 0, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        ArgumentOutOfRangeException.ThrowIfNegative(optionIndex);
        var p = requests.Project(project);
        return SmsList(listSmsByCampaign, query, requestOptions, (q, call, ct) => requests.Api.ListSmsByCampaignAsync(p, campaignId, optionIndex, q, call, ct), cancellationToken);
    }

    public InstasentPageable<SmsModel> ListSmsByAutomationAsync(string automationId, int messageIndex = 0, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        ArgumentOutOfRangeException.ThrowIfNegative(messageIndex);
        var p = requests.Project(project);
        return SmsList(listSmsByAutomation, query, requestOptions, (q, call, ct) => requests.Api.ListSmsByAutomationAsync(p, automationId, messageIndex, q, call, ct), cancellationToken);
    }

    public InstasentPageable<SmsModel> ListDirectSmsAsync(string? utmTerm = null, IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        if (utmTerm is not null && (utmTerm.Length == 0 || utmTerm.Length > MaxUtmTermLength))
        {
            throw new ArgumentException($"utmTerm must be 1 to {MaxUtmTermLength} characters.", nameof(utmTerm));
        }

        var p = requests.Project(project);
        return SmsList(
            listDirectSms,
            query,
            requestOptions,
            (q, call, ct) => utmTerm is null ? requests.Api.ListDirectSmsAsync(p, q, call, ct) : requests.Api.ListDirectSmsByUtmAsync(p, utmTerm, q, call, ct),
            cancellationToken);
    }

    private static IReadOnlyList<SmsSender> ReadSenders(ReadOnlyMemory<byte> body)
    {
        var list = ProductParsing.List(body, Json.ProductEnvelopeSmsSender, Json.IReadOnlyListSmsSender);
        var defaultId = list.Metadata.DefaultSender switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("id", out var id) => id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText(),
            _ => null,
        };
        return defaultId is null ? list.Items : [.. list.Items.Select(s => s with { IsDefault = string.Equals(s.Id, defaultId, StringComparison.Ordinal) })];
    }

    private static DirectSmsResult ReadDirectSms(ReadOnlyMemory<byte> body)
    {
        var result = ProductParsing.Single(body, Json.ProductEnvelopeSmsMessage, Json.SmsMessage);
        var extra = result.Metadata.AdditionalProperties;
        string? audienceId = extra is not null && extra.TryGetValue("audienceId", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        bool? autoCreated = extra is not null && extra.TryGetValue("autoCreated", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : null;
        return new DirectSmsResult { Sms = result.Value, AudienceId = audienceId, AutoCreated = autoCreated };
    }

    private InstasentPageable<SmsModel> SmsList(
        InstasentOperation operation,
        IndexQuery? query,
        InstasentRequestOptions? requestOptions,
        Func<IDictionary<string, string>, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken) =>
        requests.ByOffset(operation, query, requestOptions, send, Json.ProductEnvelopeSmsMessage, Json.IReadOnlyListSmsMessage, static s => s.Id, cancellationToken);
}
