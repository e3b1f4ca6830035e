using BenchmarkDotNet.Attributes;
using Instasent.Sdk.Benchmarks.Support;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
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

    private InstasentFakeServer? server;
    private string id = "sms_1";
    private string path = "sms/sms_1";

    /// <summary>False: in-memory canned transport. True: the loopback fake server with real sockets.</summary>
    [Params(false, true)]
    public bool Loopback { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var baseAddress = Base;
        if (Loopback)
        {
            server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RecordRequests = false, RateLimit = int.MaxValue });
            baseAddress = new Uri(server.TransactionalBaseAddress.AbsoluteUri + "/");
        }

        var services = new ServiceCollection();
        var builder = services.AddInstasentClient(o =>
            {
                o.AllowInsecureHttp = true;
                o.Transactional.BaseAddress = baseAddress;
                o.Transactional.Token = BenchTarget.Token;
                o.Legacy.Token = BenchTarget.Token;
            });
        if (!Loopback)
        {
            builder.ConfigurePrimaryHttpMessageHandler(_ => new CannedResponseHandler());
        }

        provider = services.BuildServiceProvider();
        sdk = provider.GetRequiredService<IInstasentClient>();
        options = provider.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>().Get(Options.DefaultName);
        pipeline = provider.GetRequiredService<IHttpClientFactory>().CreateClient(InstasentClientServices.HttpClientName(Options.DefaultName, TransactionalFamily.Descriptor));
        HttpMessageHandler Transport() => Loopback ? BenchTarget.LoopbackHandler() : new CannedResponseHandler();
        bare = new HttpClient(Transport()) { BaseAddress = baseAddress };
        bare.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BenchTarget.Token);
        refitOverBare = RestService.ForGenerated<IInstasentSmsApi>(new HttpClient(Transport()) { BaseAddress = baseAddress }, RefitSettingsFactory.Settings);
        getSms = TransactionalFamily.Descriptor.Operation("GetSms", RetrySafety.Idempotent);
        if (Loopback)
        {
            id = (await sdk.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hello"))).Value.Id;
            path = "sms/" + id;
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await provider.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true)]
    public async Task BareHttpClient()
    {
        using var response = await bare.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark]
    public async Task SdkHandlersWithoutContext()
    {
        using var response = await pipeline.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark]
    public async Task SdkHandlersWithContext()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Options.Set(InstasentCallContext.Key, new InstasentCallContext(getSms, options, TimeProvider.System, null));
        using var response = await pipeline.SendAsync(request);
    }

    [Benchmark]
    public async Task RefitOverBareHttpClient()
    {
        using var response = await refitOverBare.GetSmsAsync(id, new InstasentCallContext(getSms, options, TimeProvider.System, null), CancellationToken.None);
        await response.Content.ReadAsByteArrayAsync();
    }

    [Benchmark]
    public Task FullSdkGetSms() => sdk.Transactional.GetSmsAsync(id);
}
