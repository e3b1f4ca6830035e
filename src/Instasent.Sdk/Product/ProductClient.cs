namespace Instasent.Sdk.Product;

internal sealed class ProductClient : IProductClient
{
    public ProductClient(IProductApi api, Http.InstasentOperationExecutor executor)
    {
        var requests = new ProductRequests(api, executor);
        Project = new ProductProjectClient(requests);
        Audience = new ProductAudienceClient(requests);
        Events = new ProductEventsClient(requests);
        Segments = new ProductSegmentsClient(requests);
        Campaigns = new ProductCampaignsClient(requests);
        Messaging = new ProductMessagingClient(requests);
    }

    public IProductProjectClient Project { get; }

    public IProductAudienceClient Audience { get; }

    public IProductEventsClient Events { get; }

    public IProductSegmentsClient Segments { get; }

    public IProductCampaignsClient Campaigns { get; }

    public IProductMessagingClient Messaging { get; }
}
