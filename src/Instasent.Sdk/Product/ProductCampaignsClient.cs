using Instasent.Sdk.Http;

namespace Instasent.Sdk.Product;

internal sealed class ProductCampaignsClient : IProductCampaignsClient
{
    private static readonly ProductJsonContext Json = ProductRequests.Json;

    private readonly ProductRequests requests;
    private readonly InstasentOperation listCampaigns;
    private readonly InstasentOperation getCampaign;
    private readonly InstasentOperation listAutomations;
    private readonly InstasentOperation getAutomation;

    public ProductCampaignsClient(ProductRequests requests)
    {
        this.requests = requests;
        var family = requests.Family;
        listCampaigns = family.Operation("ListCampaigns", RetrySafety.Idempotent);
        getCampaign = family.Operation("GetCampaign", RetrySafety.Idempotent);
        listAutomations = family.Operation("ListAutomations", RetrySafety.Idempotent);
        getAutomation = family.Operation("GetAutomation", RetrySafety.Idempotent);
    }

    public InstasentPageable<Campaign> ListCampaignsAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.ByOffset(listCampaigns, query, requestOptions, (q, call, ct) => requests.Api.ListCampaignsAsync(p, q, call, ct), Json.ProductEnvelopeCampaign, Json.IReadOnlyListCampaign, static c => c.Id, cancellationToken);
    }

    public Task<InstasentResponse<Campaign>> GetCampaignAsync(string campaignId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaignId);
        var p = requests.Project(project);
        return requests.SendAsync(getCampaign, requestOptions, (call, ct) => requests.Api.GetCampaignAsync(p, campaignId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeCampaign, Json.Campaign).Value, cancellationToken);
    }

    public InstasentPageable<Automation> ListAutomationsAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var p = requests.Project(project);
        return requests.ByOffset(listAutomations, query, requestOptions, (q, call, ct) => requests.Api.ListAutomationsAsync(p, q, call, ct), Json.ProductEnvelopeAutomation, Json.IReadOnlyListAutomation, static a => a.Id, cancellationToken);
    }

    public Task<InstasentResponse<Automation>> GetAutomationAsync(string automationId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(automationId);
        var p = requests.Project(project);
        return requests.SendAsync(getAutomation, requestOptions, (call, ct) => requests.Api.GetAutomationAsync(p, automationId, call, ct), b => ProductParsing.Single(b, Json.ProductEnvelopeAutomation, Json.Automation).Value, cancellationToken);
    }
}
