using System.Text.Json;
using Instasent.Sdk.Http;
using Instasent.Sdk.Product.Filters;

namespace Instasent.Sdk.Product;

internal sealed class ProductEventsClient : IProductEventsClient
{
    private static readonly ProductJsonContext Json = ProductRequests.Json;

    private readonly ProductRequests requests;
    private readonly InstasentOperation searchEvents;
    private readonly InstasentOperation scrollEvents;
    private readonly InstasentOperation getContactEvents;

    public ProductEventsClient(ProductRequests requests)
    {
        this.requests = requests;
        var family = requests.Family;

        // Search and scroll are POSTs only because the filter is a body: they change nothing.
        searchEvents = family.Operation("SearchEvents", RetrySafety.Idempotent);
        scrollEvents = family.Operation("ScrollEvents", RetrySafety.Idempotent);
        getContactEvents = family.Operation("GetContactEvents", RetrySafety.Idempotent);
    }

    public Task<InstasentResponse<ProductSearchResult<AudienceEvent>>> SearchEventsAsync(QueryFilter filter, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var body = ProductRequests.SearchBody(filter);
        var p = requests.Project(project);
        return requests.SendAsync(
            searchEvents,
            requestOptions,
            (call, ct) => requests.Api.SearchEventsAsync(p, body, call, ct),
            b => ProductRequests.SearchResult(ProductParsing.List(b, Json.ProductEnvelopeAudienceEvent, Json.IReadOnlyListAudienceEvent)),
            cancellationToken);
    }

    public InstasentPageable<AudienceEvent> ListEventsAsync(QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.ByCursor(scrollEvents, filter, requestOptions, (body, call, ct) => requests.Api.ScrollEventsAsync(p, body, call, ct), Json.ProductEnvelopeAudienceEvent, Json.IReadOnlyListAudienceEvent, static e => e.Id, cancellationToken);
    }

    public Task<InstasentResponse<JsonElement>> GetContactEventsAsync(string audienceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var p = requests.Project(project);
        return requests.SendAsync(getContactEvents, requestOptions, (call, ct) => requests.Api.GetContactEventsAsync(p, audienceId, call, ct), ProductParsing.Root, cancellationToken);
    }
}
