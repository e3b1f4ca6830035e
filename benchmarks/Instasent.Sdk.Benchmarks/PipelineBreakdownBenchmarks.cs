using BenchmarkDotNet.Attributes;
using Instasent.Sdk.Benchmarks.Support;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// Where the per-call overhead goes, layer by layer, for one GetSms on the in-memory transport: a bare HttpClient, the
/// SDK's named HttpClient (idempotency, Polly, auth and attempt handlers) with and without a call context, Refit alone,
/// and the full SDK call. Used to explain the PerCallOverhead figures in docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class PipelineBreakdownBenchmarks
{
    private static readonly Uri Base = new("https://transactional.bench.invalid/transactional/v1/");
    private ServiceProvider provider = null!;
    private HttpClient bare = null!;
    private HttpClient pipeline = null!;
    private IInstasentSmsApi refitOverBare = null!;
    private IInstasentClient sdk = null!;
    private InstasentOperation getSms = null!;
    private InstasentClientOptions options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
            {
                o.Transactional.BaseAddress = Base;
                o.Transactional.Token = BenchTarget.Token;
                o.Legacy.Token = BenchTarget.Token;
            })
            .ConfigurePrimaryHttpMessageHandler(_ => new CannedResponseHandler());
        provider = services.BuildServiceProvider();
        sdk = provider.GetRequiredService<IInstasentClient>();
        options = provider.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>().Get(Options.DefaultName);
        pipeline = provider.GetRequiredService<IHttpClientFactory>().CreateClient(InstasentClientServices.HttpClientName(Options.DefaultName, TransactionalFamily.Descriptor));
        bare = new HttpClient(new CannedResponseHandler()) { BaseAddress = Base };
        refitOverBare = RestService.ForGenerated<IInstasentSmsApi>(new HttpClient(new CannedResponseHandler()) { BaseAddress = Base }, RefitSettingsFactory.Settings);
        getSms = TransactionalFamily.Descriptor.Operation("GetSms", RetrySafety.Idempotent);
    }

    [GlobalCleanup]
    public void Cleanup() => provider.Dispose();

    [Benchmark(Baseline = true)]
    public async Task BareHttpClient()
    {
        using var response = await bare.GetAsync("sms/sms_1");
        await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark]
    public async Task SdkHandlersWithoutContext()
    {
        using var response = await pipeline.GetAsync("sms/sms_1");
        await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark]
    public async Task SdkHandlersWithContext()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "sms/sms_1");
        request.Options.Set(InstasentCallContext.Key, new InstasentCallContext(getSms, options, TimeProvider.System, null));
        using var response = await pipeline.SendAsync(request);
    }

    [Benchmark]
    public async Task RefitOverBareHttpClient()
    {
        using var response = await refitOverBare.GetSmsAsync("sms_1", new InstasentCallContext(getSms, options, TimeProvider.System, null), CancellationToken.None);
        await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark]
    public Task FullSdkGetSms() => sdk.Transactional.GetSmsAsync("sms_1");
}
