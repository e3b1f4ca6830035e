using Instasent.Sdk.Http;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

internal sealed class ProductProjectClient : IProductProjectClient
{
    private static readonly ProductJsonContext Json = ProductRequests.Json;

    private readonly ProductRequests requests;
    private readonly InstasentOperation getOrganization;
    private readonly InstasentOperation getProject;
    private readonly InstasentOperation getAttributeSpecs;
    private readonly InstasentOperation getEventSpecs;
    private readonly InstasentOperation getEventParameterSpecs;
    private readonly InstasentOperation listDatasources;
    private readonly InstasentOperation createDatasource;
    private readonly InstasentOperation getDatasource;
    private readonly InstasentOperation getDatasourceStats;

    public ProductProjectClient(ProductRequests requests)
    {
        this.requests = requests;
        var family = requests.Family;
        getOrganization = family.Operation("GetOrganization", RetrySafety.Idempotent);
        getProject = family.Operation("GetProject", RetrySafety.Idempotent);
        getAttributeSpecs = family.Operation("GetAttributeSpecs", RetrySafety.Idempotent);
        getEventSpecs = family.Operation("GetEventSpecs", RetrySafety.Idempotent);
        getEventParameterSpecs = family.Operation("GetEventParameterSpecs", RetrySafety.Idempotent);
        listDatasources = family.Operation("ListDatasources", RetrySafety.Idempotent);

        // No idempotency key is documented: a repeated create could leave two datasources.
        createDatasource = family.Operation("CreateDatasource", RetrySafety.NotIdempotent);
        getDatasource = family.Operation("GetDatasource", RetrySafety.Idempotent);
        getDatasourceStats = family.Operation("GetDatasourceStats", RetrySafety.Idempotent);
    }

    public Task<InstasentResponse<Organization>> GetOrganizationAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        requests.SendAsync(
            getOrganization,
            requestOptions,
            (call, ct) => requests.Api.GetOrganizationAsync(call, ct),
            b =>
            {
                var result = ProductParsing.Single(b, Json.ProductEnvelopeOrganization, Json.Organization);
                return result.Value with { Scopes = result.Metadata.Scopes, Details = result.Metadata.Organization };
            },
            cancellationToken);

    public Task<InstasentResponse<Project>> GetProjectAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.SendAsync(
            getProject,
            requestOptions,
            (call, ct) => requests.Api.GetProjectAsync(p, call, ct),
            b =>
            {
                var result = ProductParsing.Single(b, Json.ProductEnvelopeProject, Json.Project);
                return result.Value with { Scopes = result.Metadata.Scopes, UniqueAttributes = result.Metadata.UniqueAttributes };
            },
            cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AttributeSpec>>> GetAttributeSpecsAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.SendAsync(getAttributeSpecs, requestOptions, (call, ct) => requests.Api.GetAttributeSpecsAsync(p, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeAttributeSpec, Json.IReadOnlyListAttributeSpec).Items, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<EventSpec>>> GetEventSpecsAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.SendAsync(getEventSpecs, requestOptions, (call, ct) => requests.Api.GetEventSpecsAsync(p, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeEventSpec, Json.IReadOnlyListEventSpec).Items, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<EventParameterSpec>>> GetEventParameterSpecsAsync(string eventType, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        var p = requests.Project(project);
        return requests.SendAsync(getEventParameterSpecs, requestOptions, (call, ct) => requests.Api.GetEventParameterSpecsAsync(p, eventType, call, ct), b => ProductParsing.List(b, Json.ProductEnvelopeEventParameterSpec, Json.IReadOnlyListEventParameterSpec).Items, cancellationToken);
    }

    public InstasentPageable<Datasource> ListDatasourcesAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.ByOffset(listDatasources, query, requestOptions, (q, call, ct) => requests.Api.ListDatasourcesAsync(p, q, call, ct), Json.ProductEnvelopeDatasource, Json.IReadOnlyListDatasource, static d => d.Id ?? d.Uid, cancellationToken);
    }

    public Task<InstasentResponse<Datasource>> CreateDatasourceAsync(DatasourceCreateRequest request, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, "request.Name");
        if (request.AudienceTags is null)
        {
            throw new ArgumentException("request.AudienceTags is required (give an empty list for none).", nameof(request));
        }

        var p = requests.Project(project);
        var body = JsonRequestContent.Create(request, Json.DatasourceCreateRequest);
        return requests.SendAsync(createDatasource, requestOptions, (call, ct) => requests.Api.CreateDatasourceAsync(p, body, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeDatasource, Json.Datasource).Value, cancellationToken);
    }

    public Task<InstasentResponse<Datasource>> GetDatasourceAsync(string datasourceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasourceId);
        var p = requests.Project(project);
        return requests.SendAsync(getDatasource, requestOptions, (call, ct) => requests.Api.GetDatasourceAsync(p, datasourceId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeDatasource, Json.Datasource).Value, cancellationToken);
    }

    public Task<InstasentResponse<DatasourceStats>> GetDatasourceStatsAsync(string datasourceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasourceId);
        var p = requests.Project(project);
        return requests.SendAsync(getDatasourceStats, requestOptions, (call, ct) => requests.Api.GetDatasourceStatsAsync(p, datasourceId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeDatasourceStats, Json.DatasourceStats).Value, cancellationToken);
    }
}
