using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Serialization;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Validation;
using SmsModel = Instasent.Sdk.Sms.SmsMessage;

namespace Instasent.Sdk.Product;

internal sealed class ProductClient : IProductClient
{
    internal const int MaxSearchLimit = 50;
    internal const int MaxScrollPageSize = 100;
    internal const int MaxUtmTermLength = 40;
    private static readonly ProductJsonContext Json = ProductJsonContext.Default;

    private readonly IProductApi api;
    private readonly InstasentOperationExecutor executor;
    private readonly Dictionary<string, InstasentOperation> operations;

    public ProductClient(IProductApi api, InstasentOperationExecutor executor)
    {
        this.api = api;
        this.executor = executor;
        var family = executor.Family;
        operations = new Dictionary<string, InstasentOperation>(StringComparer.Ordinal);
        void Declare(RetrySafety safety, params string[] names)
        {
            foreach (var name in names)
            {
                operations.Add(name, family.Operation(name, safety));
            }
        }

        Declare(
            RetrySafety.Idempotent,
            "GetOrganization", "GetProject", "GetAttributeSpecs", "GetEventSpecs", "GetEventParameterSpecs",
            "ListDatasources", "GetDatasource", "GetDatasourceStats",
            "GetContact", "GetContactByUserId", "SearchByPhone", "SearchByEmail", "GetContactEvents",
            "ListSegments", "ListDynamicSegments", "GetSegment", "ListCampaigns", "GetCampaign", "ListAutomations", "GetAutomation",
            "ListSmsSenders", "GetSms", "ListSmsByAudience", "ListSmsBySend", "ListSmsByCampaign", "ListSmsByAutomation", "ListDirectSms");

        // Search, scroll and aggregations are POSTs only because the filter is a body: they change nothing.
        Declare(RetrySafety.Idempotent, "SearchAudience", "ScrollAudience", "ScrollSegment", "AggregateAudience", "SearchEvents", "ScrollEvents");

        // Subscribe/unsubscribe set a flag to a fixed value, so a repeat leaves the same state (the docs list 204 as the
        // "idempotent no-op" answer); retrying after a lost answer is safe and avoids leaving a consent change unknown.
        // Deleting an already deleted contact deletes nothing more, so that retry is safe too.
        Declare(RetrySafety.Idempotent, "SubscribeSms", "UnsubscribeSms", "SubscribeEmail", "UnsubscribeEmail", "DeleteContact");

        // No idempotency key is documented: a repeated create could leave two datasources.
        Declare(RetrySafety.NotIdempotent, "CreateDatasource");

        // A repeated direct SMS is a second SMS to a real phone: only 429s and connect failures are retried.
        Declare(RetrySafety.NotIdempotent, "SendDirectSms");
    }

    public Task<InstasentResponse<ProductResult<Organization>>> GetOrganizationAsync(CancellationToken cancellationToken = default) =>
        Send(Op("GetOrganization"), (call, ct) => api.GetOrganizationAsync(call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeOrganization, Json.Organization), cancellationToken);

    public Task<InstasentResponse<ProductResult<Project>>> GetProjectAsync(string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Send(Op("GetProject"), (call, ct) => api.GetProjectAsync(p, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeProject, Json.Project), cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AttributeSpec>>> GetAttributeSpecsAsync(string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Send(Op("GetAttributeSpecs"), (call, ct) => api.GetAttributeSpecsAsync(p, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeAttributeSpec, Json.IReadOnlyListAttributeSpec).Items, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<EventSpec>>> GetEventSpecsAsync(string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Send(Op("GetEventSpecs"), (call, ct) => api.GetEventSpecsAsync(p, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeEventSpec, Json.IReadOnlyListEventSpec).Items, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<EventParameterSpec>>> GetEventParameterSpecsAsync(string eventType, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        var p = Project(project);
        return Send(Op("GetEventParameterSpecs"), (call, ct) => api.GetEventParameterSpecsAsync(p, eventType, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeEventParameterSpec, Json.IReadOnlyListEventParameterSpec).Items, cancellationToken);
    }

    public IAsyncEnumerable<Datasource> ListDatasourcesAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Pages("ListDatasources", query, (q, call, ct) => api.ListDatasourcesAsync(p, q, call, ct), Json.ProductEnvelopeDatasource, Json.IReadOnlyListDatasource, static d => d.Id ?? d.Uid, cancellationToken);
    }

    public Task<InstasentResponse<Datasource>> CreateDatasourceAsync(DatasourceCreateRequest request, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, "request.Name");
        if (request.AudienceTags is null)
        {
            throw new ArgumentException("request.AudienceTags is required (give an empty list for none).", nameof(request));
        }

        var p = Project(project);
        var body = JsonRequestContent.Create(request, Json.DatasourceCreateRequest);
        return Send(Op("CreateDatasource"), (call, ct) => api.CreateDatasourceAsync(p, body, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeDatasource, Json.Datasource).Value, cancellationToken);
    }

    public Task<InstasentResponse<Datasource>> GetDatasourceAsync(string datasourceId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasourceId);
        var p = Project(project);
        return Send(Op("GetDatasource"), (call, ct) => api.GetDatasourceAsync(p, datasourceId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeDatasource, Json.Datasource).Value, cancellationToken);
    }

    public Task<InstasentResponse<DatasourceStats>> GetDatasourceStatsAsync(string datasourceId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasourceId);
        var p = Project(project);
        return Send(Op("GetDatasourceStats"), (call, ct) => api.GetDatasourceStatsAsync(p, datasourceId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeDatasourceStats, Json.DatasourceStats).Value, cancellationToken);
    }

    public Task<InstasentResponse<AudienceContact>> GetContactAsync(string audienceId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = Project(project);
        return Send(Op("GetContact"), (call, ct) => api.GetContactAsync(p, audienceId, call, ct), ReadContact, cancellationToken);
    }

    public Task<InstasentResponse<AudienceContact>> GetContactByUserIdAsync(string userId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var p = Project(project);
        return Send(Op("GetContactByUserId"), (call, ct) => api.GetContactByUserIdAsync(p, userId, call, ct), ReadContact, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByPhoneAsync(string phone, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        if (!PhoneNumber.IsE164(phone))
        {
            throw new ArgumentException("phone must be an E.164 number: '+' and 7 to 15 digits, such as +34600000000.", nameof(phone));
        }

        var p = Project(project);
        return Send(Op("SearchByPhone"), (call, ct) => api.SearchByPhoneAsync(p, phone, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact).Items, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByEmailAsync(string email, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("email must be an e-mail address (it has no '@').", nameof(email));
        }

        var p = Project(project);
        return Send(Op("SearchByEmail"), (call, ct) => api.SearchByEmailAsync(p, email, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact).Items, cancellationToken);
    }

    public Task<InstasentResponse<ProductList<AudienceContact>>> SearchAudienceAsync(QueryFilter filter, string? project = null, CancellationToken cancellationToken = default)
    {
        var body = SearchBody(filter);
        var p = Project(project);
        return Send(Op("SearchAudience"), (call, ct) => api.SearchAudienceAsync(p, body, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact), cancellationToken);
    }

    public IAsyncEnumerable<AudienceContact> ScrollAudienceAsync(QueryFilter? filter = null, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        var p = Project(project);
        return Scroll("ScrollAudience", (cursor, ct) => GetAudienceScrollPageAsync(filter, cursor, pageSize, p, ct), ContactId, cancellationToken);
    }

    public Task<InstasentResponse<ScrollPage<AudienceContact>>> GetAudienceScrollPageAsync(QueryFilter? filter, string? cursor, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        var p = Project(project);
        var body = ScrollBody(filter, cursor, pageSize);
        return Send(Op("ScrollAudience"), (call, ct) => api.ScrollAudienceAsync(p, body, call, ct), b => ToScrollPage(ProductParsing.List(b, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact)), cancellationToken);
    }

    public IAsyncEnumerable<AudienceContact> ScrollSegmentAsync(string segmentUid, string? parameter = null, QueryFilter? filter = null, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentUid);
        CheckPageSize(pageSize);
        var p = Project(project);
        return Scroll(
            "ScrollSegment",
            (cursor, ct) =>
            {
                var body = ScrollBody(filter, cursor, pageSize);
                return Send(Op("ScrollSegment"), (call, c) => api.ScrollSegmentAsync(p, segmentUid, parameter, body, call, c), b => ToScrollPage(ProductParsing.List(b, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact)), ct);
            },
            ContactId,
            cancellationToken);
    }

    public Task<InstasentResponse<AudienceAggregations>> AggregateAudienceAsync(JsonElement aggregations, QueryFilter? filter = null, string? project = null, CancellationToken cancellationToken = default)
    {
        if (aggregations.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("aggregations must be a JSON object keyed by aggregation name.", nameof(aggregations));
        }

        var p = Project(project);
        var json = new JsonObject();
        if (filter is not null)
        {
            json["root"] = filter.ToJsonObject()["root"]!.DeepClone();
        }

        json["aggregations"] = JsonNode.Parse(aggregations.GetRawText());
        var body = JsonRequestContent.Create(json, Json.JsonObject);
        return Send(Op("AggregateAudience"), (call, ct) => api.AggregateAudienceAsync(p, body, call, ct), ProductParsing.Aggregations, cancellationToken);
    }

    public Task<InstasentResponse<JsonElement>> GetContactEventsAsync(string audienceId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = Project(project);
        return Send(Op("GetContactEvents"), (call, ct) => api.GetContactEventsAsync(p, audienceId, call, ct), ProductParsing.Root, cancellationToken);
    }

    public Task<InstasentResponse<AudienceActionResult>> SubscribeSmsAsync(string audienceId, bool sync = false, string? project = null, CancellationToken cancellationToken = default) =>
        StreamAction("sms-subscribe", "SubscribeSms", audienceId, null, sync, project, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> UnsubscribeSmsAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, CancellationToken cancellationToken = default) =>
        StreamAction("sms-unsubscribe", "UnsubscribeSms", audienceId, options, options?.Sync == true, project, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> SubscribeEmailAsync(string audienceId, bool sync = false, string? project = null, CancellationToken cancellationToken = default) =>
        StreamAction("email-subscribe", "SubscribeEmail", audienceId, null, sync, project, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> UnsubscribeEmailAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, CancellationToken cancellationToken = default) =>
        StreamAction("email-unsubscribe", "UnsubscribeEmail", audienceId, options, options?.Sync == true, project, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> DeleteContactAsync(string audienceId, bool sync = false, string? project = null, CancellationToken cancellationToken = default) =>
        StreamAction("delete-contact", "DeleteContact", audienceId, null, sync, project, cancellationToken);

    public Task<InstasentResponse<ProductList<AudienceEvent>>> SearchEventsAsync(QueryFilter filter, string? project = null, CancellationToken cancellationToken = default)
    {
        var body = SearchBody(filter);
        var p = Project(project);
        return Send(Op("SearchEvents"), (call, ct) => api.SearchEventsAsync(p, body, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeAudienceEvent, Json.IReadOnlyListAudienceEvent), cancellationToken);
    }

    public IAsyncEnumerable<AudienceEvent> ScrollEventsAsync(QueryFilter? filter = null, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        var p = Project(project);
        return Scroll(
            "ScrollEvents",
            (cursor, ct) =>
            {
                var body = ScrollBody(filter, cursor, pageSize);
                return Send(Op("ScrollEvents"), (call, c) => api.ScrollEventsAsync(p, body, call, c), b => ToScrollPage(ProductParsing.List(b, Json.ProductEnvelopeAudienceEvent, Json.IReadOnlyListAudienceEvent)), ct);
            },
            static e => e.Id,
            cancellationToken);
    }

    public IAsyncEnumerable<Segment> ListSegmentsAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Pages("ListSegments", query, (q, call, ct) => api.ListSegmentsAsync(p, q, call, ct), Json.ProductEnvelopeSegment, Json.IReadOnlyListSegment, static x => x.Uid ?? x.Id, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<Segment>>> ListDynamicSegmentsAsync(string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Send(Op("ListDynamicSegments"), (call, ct) => api.ListDynamicSegmentsAsync(p, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeSegment, Json.IReadOnlyListSegment).Items, cancellationToken);
    }

    public Task<InstasentResponse<Segment>> GetSegmentAsync(string segmentUid, string? parameter = null, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentUid);
        var p = Project(project);
        return Send(Op("GetSegment"), (call, ct) => api.GetSegmentAsync(p, segmentUid, parameter, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeSegment, Json.Segment).Value, cancellationToken);
    }

    public IAsyncEnumerable<Campaign> ListCampaignsAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Pages("ListCampaigns", query, (q, call, ct) => api.ListCampaignsAsync(p, q, call, ct), Json.ProductEnvelopeCampaign, Json.IReadOnlyListCampaign, static c => c.Id, cancellationToken);
    }

    public Task<InstasentResponse<Campaign>> GetCampaignAsync(string campaignId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        var p = Project(project);
        return Send(Op("GetCampaign"), (call, ct) => api.GetCampaignAsync(p, campaignId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeCampaign, Json.Campaign).Value, cancellationToken);
    }

    public IAsyncEnumerable<Automation> ListAutomationsAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Pages("ListAutomations", query, (q, call, ct) => api.ListAutomationsAsync(p, q, call, ct), Json.ProductEnvelopeAutomation, Json.IReadOnlyListAutomation, static a => a.Id, cancellationToken);
    }

    public Task<InstasentResponse<Automation>> GetAutomationAsync(string automationId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        var p = Project(project);
        return Send(Op("GetAutomation"), (call, ct) => api.GetAutomationAsync(p, automationId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeAutomation, Json.Automation).Value, cancellationToken);
    }

    public Task<InstasentResponse<SmsSenderList>> ListSmsSendersAsync(string? project = null, CancellationToken cancellationToken = default)
    {
        var p = Project(project);
        return Send(
            Op("ListSmsSenders"),
            (call, ct) => api.ListSmsSendersAsync(p, call, ct),
            b =>
            {
                var list = ProductParsing.List(b, Json.ProductEnvelopeSmsSender, Json.IReadOnlyListSmsSender);
                return new SmsSenderList(list.Items, list.Metadata.DefaultSender);
            },
            cancellationToken);
    }

    public Task<InstasentResponse<DirectSmsResult>> SendDirectSmsAsync(DirectSms message, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.AudienceId, "message.AudienceId");
        ArgumentException.ThrowIfNullOrWhiteSpace(message.SenderId, "message.SenderId");
        if (string.IsNullOrEmpty(message.Text))
        {
            throw new ArgumentException("message.Text is required.", nameof(message));
        }

        if (message.AudienceId.StartsWith('+') && !PhoneNumber.IsE164(message.AudienceId))
        {
            throw new ArgumentException("message.AudienceId looks like a phone number but is not E.164 ('+' and 7 to 15 digits).", nameof(message));
        }

        if (message.UtmTerm is { } utm && (utm.Length == 0 || utm.Length > MaxUtmTermLength || utm.Contains('/', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"message.UtmTerm must be 1 to {MaxUtmTermLength} characters without '/' (it has {utm.Length}).", nameof(message));
        }

        var p = Project(project);
        var body = JsonRequestContent.Create(new DirectSmsBody(message.Text, message.AllowUnicode), Json.DirectSmsBody);
        return executor.SendAsync(
            executor.CreateContext(Op("SendDirectSms")).WithSentText(message.Text),
            (call, ct) => message.UtmTerm is { } term
                ? api.SendDirectSmsWithUtmAsync(p, message.SenderId, message.AudienceId, term, body, call, ct)
                : api.SendDirectSmsAsync(p, message.SenderId, message.AudienceId, body, call, ct),
            (bytes, _) => ReadDirectSms(bytes),
            null,
            cancellationToken);
    }

    public Task<InstasentResponse<SmsModel>> GetSmsAsync(string smsId, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(smsId);
        var p = Project(project);
        return Send(Op("GetSms"), (call, ct) => api.GetSmsAsync(p, smsId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeSmsMessage, Json.SmsMessage).Value, cancellationToken);
    }

    public IAsyncEnumerable<SmsModel> ListSmsByAudienceAsync(string audienceId, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = Project(project);
        return Pages("ListSmsByAudience", query, (q, call, ct) => api.ListSmsByAudienceAsync(p, audienceId, q, call, ct), Json.ProductEnvelopeSmsMessage, Json.IReadOnlyListSmsMessage, SmsId, cancellationToken);
    }

    public IAsyncEnumerable<SmsModel> ListSmsBySendAsync(string sendId, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sendId);
        var p = Project(project);
        return Pages("ListSmsBySend", query, (q, call, ct) => api.ListSmsBySendAsync(p, sendId, q, call, ct), Json.ProductEnvelopeSmsMessage, Json.IReadOnlyListSmsMessage, SmsId, cancellationToken);
    }

    public IAsyncEnumerable<SmsModel> ListSmsByCampaignAsync(string campaignId, int optionIndex = 0, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        ArgumentOutOfRangeException.ThrowIfNegative(optionIndex);
        var p = Project(project);
        return Pages("ListSmsByCampaign", query, (q, call, ct) => api.ListSmsByCampaignAsync(p, campaignId, optionIndex, q, call, ct), Json.ProductEnvelopeSmsMessage, Json.IReadOnlyListSmsMessage, SmsId, cancellationToken);
    }

    public IAsyncEnumerable<SmsModel> ListSmsByAutomationAsync(string automationId, int messageIndex = 0, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        ArgumentOutOfRangeException.ThrowIfNegative(messageIndex);
        var p = Project(project);
        return Pages("ListSmsByAutomation", query, (q, call, ct) => api.ListSmsByAutomationAsync(p, automationId, messageIndex, q, call, ct), Json.ProductEnvelopeSmsMessage, Json.IReadOnlyListSmsMessage, SmsId, cancellationToken);
    }

    public IAsyncEnumerable<SmsModel> ListDirectSmsAsync(string? utmTerm = null, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default)
    {
        if (utmTerm is not null && (utmTerm.Length == 0 || utmTerm.Length > MaxUtmTermLength))
        {
            throw new ArgumentException($"utmTerm must be 1 to {MaxUtmTermLength} characters.", nameof(utmTerm));
        }

        var p = Project(project);
        return Pages(
            "ListDirectSms",
            query,
            (q, call, ct) => utmTerm is null ? api.ListDirectSmsAsync(p, q, call, ct) : api.ListDirectSmsByUtmAsync(p, utmTerm, q, call, ct),
            Json.ProductEnvelopeSmsMessage,
            Json.IReadOnlyListSmsMessage,
            SmsId,
            cancellationToken);
    }

    private static AudienceContact ReadContact(ReadOnlyMemory<byte> body) =>
        ProductParsing.Single(body, Json.ProductEnvelopeAudienceContact, Json.AudienceContact).Value;

    private static DirectSmsResult ReadDirectSms(ReadOnlyMemory<byte> body)
    {
        var result = ProductParsing.Single(body, Json.ProductEnvelopeSmsMessage, Json.SmsMessage);
        var extra = result.Metadata.AdditionalProperties;
        string? audienceId = extra is not null && extra.TryGetValue("audienceId", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        bool? autoCreated = extra is not null && extra.TryGetValue("autoCreated", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : null;
        return new DirectSmsResult(result.Value, audienceId, autoCreated);
    }

    private static ScrollPage<T> ToScrollPage<T>(ProductList<T> list) => new(list.Items, list.Metadata.Cursor, list.Metadata.TotalHits);

    private static ByteArrayContent SearchBody(QueryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Limit > MaxSearchLimit)
        {
            throw new ArgumentException($"filter.Limit is {filter.Limit}; search returns at most {MaxSearchLimit} results and has no cursor. Use a scroll to read more.", nameof(filter));
        }

        return JsonRequestContent.Create(filter.ToJsonObject(), Json.JsonObject);
    }

    private static ByteArrayContent ScrollBody(QueryFilter? filter, string? cursor, int pageSize)
    {
        var json = (filter ?? new QueryFilter()).ToJsonObject(forScroll: true);
        json["limit"] = pageSize;
        if (cursor is not null)
        {
            json["cursor"] = cursor;
        }

        return JsonRequestContent.Create(json, Json.JsonObject);
    }

    private static void CheckPageSize(int pageSize, [CallerArgumentExpression(nameof(pageSize))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxScrollPageSize, name);
    }

    private static string? ContactId(AudienceContact contact) => contact.Id;

    private static string? SmsId(SmsModel sms) => sms.Id;

    private PagedSequence<T> Scroll<T>(
        string operationName,
        Func<string?, CancellationToken, Task<InstasentResponse<ScrollPage<T>>>> getPage,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        // Documented end: metadata.cursor null. totalHits is not used to end a scroll: the cursor is the explicit signal.
        PagedSequence.ByCursor(
            Op(operationName),
            async (cursor, _, ct) =>
            {
                var response = await getPage(cursor, ct).ConfigureAwait(false);
                return new ListPage<T>(response.WithValue(response.Value.Items)) { NextCursor = response.Value.Cursor };
            },
            identity,
            cancellationToken);

    private string Project(string? project, [CallerArgumentExpression(nameof(project))] string? name = null)
    {
        var value = project ?? ((ProductOptions)executor.Family.SelectOptions(executor.Options)).ProjectId;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("No project UID was given and Instasent:Product:ProjectId is not set; pass the project UID or configure ProjectId.", name);
        }

        return value;
    }

    private Task<InstasentResponse<AudienceActionResult>> StreamAction(string action, string operation, string audienceId, UnsubscribeOptions? options, bool sync, string? project, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = Project(project);
        var body = JsonRequestContent.Create(
            new AudienceStreamBody(audienceId) { Reason = options?.Reason, UtmSource = options?.UtmSource, UtmMedium = options?.UtmMedium, UtmCampaign = options?.UtmCampaign },
            Json.AudienceStreamBody);
        return executor.SendAsync(
            executor.CreateContext(Op(operation)),
            (call, ct) => api.StreamActionAsync(p, action, sync ? "true" : null, body, call, ct),
            ProductParsing.Action,
            null,
            cancellationToken);
    }

    private InstasentOperation Op(string name) => operations[name];

    private Task<InstasentResponse<T>> Send<T>(InstasentOperation operation, Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send, Func<ReadOnlyMemory<byte>, T> parse, CancellationToken cancellationToken) =>
        executor.SendAsync(executor.CreateContext(operation), send, (body, _) => parse(body), null, cancellationToken);

    private PagedSequence<T> Pages<T>(
        string operationName,
        IndexQuery? query,
        Func<IDictionary<string, string>, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<ProductEnvelope<T>> envelopeInfo,
        JsonTypeInfo<IReadOnlyList<T>> arrayInfo,
        Func<T, string?> identity,
        CancellationToken cancellationToken)
    {
        query ??= new IndexQuery();
        var limit = query.Limit;
        if (limit is < 1 or > 100)
        {
            throw new ArgumentException($"query.Limit must be between 1 and 100 (it is {limit}).", nameof(query));
        }

        var operation = Op(operationName);
        return PagedSequence.ByOffset(
            operation,
            query.Start,
            async (start, _, ct) =>
            {
                var parameters = query.ToParameters(start, limit);
                var response = await Send(operation, (call, c) => send(parameters, call, c), b => ProductParsing.List(b, envelopeInfo, arrayInfo), ct).ConfigureAwait(false);
                var items = response.Value.Items;
                // metadata.count is documented only by a third-party wrapper ([M]): it reads as the number of matches,
                // but could be the size of this page. A count larger than the page cannot be a page size, so only
                // then is it trusted as the total that ends the list; otherwise the empty page after the last ends it.
                return new ListPage<T>(response.WithValue(items))
                {
                    Total = response.Value.Metadata.Count is { } count && count > items.Count ? count : null,
                };
            },
            identity,
            cancellationToken);
    }
}
