using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.SideBySide.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.SideBySide.Sides.Sdk;

/// <summary>
/// The SDK side, built the way the README shows: <c>new InstasentClient(options)</c> over loopback; for the in-memory
/// transport, <c>AddInstasentClient(...).ConfigurePrimaryHttpMessageHandler(...)</c>, the SDK's hook for a handler.
/// Default options otherwise (retries, timeouts, bulk concurrency), as a user gets them.
/// </summary>
internal sealed partial class SdkSide : ScenarioSide
{
    private const string Datasource = "bench";
    private readonly IInstasentClient client;
    private readonly IDisposable owner;
    private readonly InstasentRequestOptions? bulkOptions;

    public SdkSide(SideTarget target)
    {
        bulkOptions = target.KeepNotAccepted ? new InstasentRequestOptions { OutcomeRetention = Batching.BatchOutcomeRetention.NotAccepted } : null;
        if (target.InMemory)
        {
            var services = new ServiceCollection();
            services.AddInstasentClient(o => Configure(o, target))
                .ConfigurePrimaryHttpMessageHandler(_ => new InMemoryHandler());
            var provider = services.BuildServiceProvider();
            client = provider.GetRequiredService<IInstasentClient>();
            owner = provider;
        }
        else
        {
            var options = new InstasentClientOptions();
            Configure(options, target);
            var instance = new InstasentClient(options);
            client = instance;
            owner = instance;
        }
    }

    public override void Dispose() => owner.Dispose();

    private static void Configure(InstasentClientOptions o, SideTarget target)
    {
        o.AllowInsecureHttp = true;
        o.Transactional.BaseAddress = target.Transactional;
        o.Transactional.Token = BenchApi.Token;
        o.Product.BaseAddress = target.Product;
        o.Product.Token = BenchApi.Token;
        o.Ingest.BaseAddress = target.Product;
        o.Ingest.Token = BenchApi.Token;
        o.Ingest.Datasources[Datasource] = new IngestDatasourceOptions { ProjectId = BenchApi.IngestProject, DatasourceId = BenchApi.IngestDatasource };
    }
}
