using Instasent.Sdk.Http;
using Instasent.Sdk.Product.Filters;

namespace Instasent.Sdk.Product;

internal sealed class ProductSegmentsClient : IProductSegmentsClient
{
    private static readonly ProductJsonContext Json = ProductRequests.Json;

    private readonly ProductRequests requests;
    private readonly InstasentOperation listSegments;
    private readonly InstasentOperation listDynamicSegments;
    private readonly InstasentOperation getSegment;
    private readonly InstasentOperation scrollSegment;

    public ProductSegmentsClient(ProductRequests requests)
    {
        this.requests = requests;
        var family = requests.Family;
        listSegments = family.Operation("ListSegments", RetrySafety.Idempotent);
        listDynamicSegments = family.Operation("ListDynamicSegments", RetrySafety.Idempotent);
        getSegment = family.Operation("GetSegment", RetrySafety.Idempotent);

        // A POST only because the filter is a body: it changes nothing.
        scrollSegment = family.Operation("ScrollSegment", RetrySafety.Idempotent);
    }

    public InstasentPageable<Segment> ListSegmentsAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.ByOffset(listSegments, query, requestOptions, (q, call, ct) => requests.Api.ListSegmentsAsync(p, q, call, ct), Json.ProductEnvelopeSegment, Json.IReadOnlyListSegment, static x => x.Uid ?? x.Id, cancellationToken);
    }

    public InstasentPageable<Segment> ListDynamicSegmentsAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.SinglePage(
            listDynamicSegments,
            requestOptions,
            (call, ct) => requests.Api.ListDynamicSegmentsAsync(p, call, ct),
            b => ProductParsing.List(b, Json.ProductEnvelopeSegment, Json.IReadOnlyListSegment).Items,
            static x => x.Uid ?? x.Id,
            cancellationToken);
    }

    public Task<InstasentResponse<Segment>> GetSegmentAsync(string segmentUid, string? parameter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentUid);
        var p = requests.Project(project);
        return requests.SendAsync(getSegment, requestOptions, (call, ct) => requests.Api.GetSegmentAsync(p, segmentUid, parameter, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeSegment, Json.Segment).Value, cancellationToken);
    }

    public InstasentPageable<AudienceContact> ListContactsAsync(string segmentUid, string? parameter = null, QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentUid);
        var p = requests.Project(project);
        return requests.ByCursor(scrollSegment, filter, requestOptions, (body, call, ct) => requests.Api.ScrollSegmentAsync(p, segmentUid, parameter, body, call, ct), Json.ProductEnvelopeAudienceContact, Json.IReadOnlyListAudienceContact, static c => c.Id, cancellationToken);
    }
}
