using System.Text.Json;
using System.Text.Json.Nodes;
using Instasent.Sdk.Http;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Serialization;
using Instasent.Sdk.Validation;

namespace Instasent.Sdk.Product;

internal sealed class ProductAudienceClient : IProductAudienceClient
{
    private static readonly ProductJsonContext Json = ProductRequests.Json;

    private readonly ProductRequests requests;
    private readonly InstasentOperation getContact;
    private readonly InstasentOperation getContactByUserId;
    private readonly InstasentOperation searchByPhone;
    private readonly InstasentOperation searchByEmail;
    private readonly InstasentOperation searchAudience;
    private readonly InstasentOperation scrollAudience;
    private readonly InstasentOperation aggregateAudience;
    private readonly InstasentOperation subscribeSms;
    private readonly InstasentOperation unsubscribeSms;
    private readonly InstasentOperation subscribeEmail;
    private readonly InstasentOperation unsubscribeEmail;
    private readonly InstasentOperation deleteContact;

    public ProductAudienceClient(ProductRequests requests)
    {
        this.requests = requests;
        var family = requests.Family;
        getContact = family.Operation("GetContact", RetrySafety.Idempotent);
        getContactByUserId = family.Operation("GetContactByUserId", RetrySafety.Idempotent);
        searchByPhone = family.Operation("SearchByPhone", RetrySafety.Idempotent);
        searchByEmail = family.Operation("SearchByEmail", RetrySafety.Idempotent);

        // Search, scroll and aggregations are POSTs only because the filter is a body: they change nothing.
        searchAudience = family.Operation("SearchAudience", RetrySafety.Idempotent);
        scrollAudience = family.Operation("ScrollAudience", RetrySafety.Idempotent);
        aggregateAudience = family.Operation("AggregateAudience", RetrySafety.Idempotent);

        // Subscribe/unsubscribe set a flag to a fixed value, so a repeat leaves the same state (the docs list 204 as the
        // "idempotent no-op" answer); retrying after a lost answer is safe and avoids leaving a consent change unknown.
        // Deleting an already deleted contact deletes nothing more, so that retry is safe too.
        subscribeSms = family.Operation("SubscribeSms", RetrySafety.Idempotent);
        unsubscribeSms = family.Operation("UnsubscribeSms", RetrySafety.Idempotent);
        subscribeEmail = family.Operation("SubscribeEmail", RetrySafety.Idempotent);
        unsubscribeEmail = family.Operation("UnsubscribeEmail", RetrySafety.Idempotent);
        deleteContact = family.Operation("DeleteContact", RetrySafety.Idempotent);
    }

    public Task<InstasentResponse<AudienceContact>> GetContactAsync(string audienceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = requests.Project(project);
        return requests.SendAsync(getContact, requestOptions, (call, ct) => requests.Api.GetContactAsync(p, audienceId, call, ct), ReadContact, cancellationToken);
    }

    public Task<InstasentResponse<AudienceContact>> GetContactByUserIdAsync(string userId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var p = requests.Project(project);
        return requests.SendAsync(getContactByUserId, requestOptions, (call, ct) => requests.Api.GetContactByUserIdAsync(p, userId, call, ct), ReadContact, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByPhoneAsync(string phone, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        if (!PhoneNumber.IsE164(phone))
        {
            throw new ArgumentException("phone must be an E.164 number: '+' and 7 to 15 digits, such as +34600000000.", nameof(phone));
        }

        var p = requests.Project(project);
        return requests.SendAsync(searchByPhone, requestOptions, (call, ct) => requests.Api.SearchByPhoneAsync(p, phone, call, ct), ReadContacts, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByEmailAsync(string email, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("email must be an e-mail address (it has no '@').", nameof(email));
        }

        var p = requests.Project(project);
        return requests.SendAsync(searchByEmail, requestOptions, (call, ct) => requests.Api.SearchByEmailAsync(p, email, call, ct), ReadContacts, cancellationToken);
    }

    public Task<InstasentResponse<ProductSearchResult<AudienceContact>>> SearchContactsAsync(QueryFilter filter, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var body = ProductRequests.SearchBody(filter);
        var p = requests.Project(project);
        return requests.SendAsync(
            searchAudience,
            requestOptions,
            (call, ct) => requests.Api.SearchAudienceAsync(p, body, call, ct),
            b => ProductRequests.SearchResult(ProductParsing.List(b, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact)),
            cancellationToken);
    }

    public InstasentPageable<AudienceContact> ListContactsAsync(QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.ByCursor(scrollAudience, filter, requestOptions, (body, call, ct) => requests.Api.ScrollAudienceAsync(p, body, call, ct), Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact, static c => c.Id, cancellationToken);
    }

    public Task<InstasentResponse<AudienceAggregations>> AggregateAsync(JsonElement aggregations, QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        if (aggregations.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("aggregations must be a JSON object keyed by aggregation name.", nameof(aggregations));
        }

        var p = requests.Project(project);
        var json = new JsonObject();
        if (filter is not null)
        {
            json["root"] = filter.ToJsonObject()["root"]!.DeepClone();
        }

        json["aggregations"] = JsonNode.Parse(aggregations.GetRawText());
        var body = JsonRequestContent.Create(json, Json.JsonObject);
        return requests.SendAsync(aggregateAudience, requestOptions, (call, ct) => requests.Api.AggregateAudienceAsync(p, body, call, ct), ProductParsing.Aggregations, cancellationToken);
    }

    public Task<InstasentResponse<AudienceActionResult>> SubscribeSmsAsync(string audienceId, bool sync = false, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamAction("sms-subscribe", subscribeSms, audienceId, null, sync, project, requestOptions, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> UnsubscribeSmsAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamAction("sms-unsubscribe", unsubscribeSms, audienceId, options, options?.Sync == true, project, requestOptions, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> SubscribeEmailAsync(string audienceId, bool sync = false, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamAction("email-subscribe", subscribeEmail, audienceId, null, sync, project, requestOptions, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> UnsubscribeEmailAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamAction("email-unsubscribe", unsubscribeEmail, audienceId, options, options?.Sync == true, project, requestOptions, cancellationToken);

    public Task<InstasentResponse<AudienceActionResult>> DeleteContactAsync(string audienceId, bool sync = false, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        StreamAction("delete-contact", deleteContact, audienceId, null, sync, project, requestOptions, cancellationToken);

    private static AudienceContact ReadContact(ReadOnlyMemory<byte> body) =>
        ProductParsing.Single(body, Json.ProductEnvelopeAudienceContact, Json.AudienceContact).Value;

    private static IReadOnlyList<AudienceContact> ReadContacts(ReadOnlyMemory<byte> body) =>
        ProductParsing.List(body, Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact).Items;

    private Task<InstasentResponse<AudienceActionResult>> StreamAction(string action, InstasentOperation operation, string audienceId, UnsubscribeOptions? options, bool sync, string? project, InstasentRequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = requests.Project(project);
        var body = JsonRequestContent.Create(
            new AudienceStreamBody(audienceId) { Reason = options?.Reason, UtmSource = options?.UtmSource, UtmMedium = options?.UtmMedium, UtmCampaign = options?.UtmCampaign },
            Json.AudienceStreamBody);
        return requests.SendAsync(operation, requestOptions, (call, ct) => requests.Api.StreamActionAsync(p, action, sync ? "true" : null, body, call, ct), ProductParsing.Action, cancellationToken);
    }
}
