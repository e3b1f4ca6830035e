using Instasent.Sdk.Benchmarks.Baseline;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.Benchmarks.Support;

/// <summary>
/// One place that builds the SDK client and the hand-written baselines against the same transport: the in-memory
/// canned handler, or the test kit's loopback fake server. A new family adds its baseline client here (one property,
/// one line in the constructor) and its calls in a scenario file.
/// </summary>
public sealed class BenchTarget : IAsyncDisposable
{
    public const string Token = "bench-token";
    private static readonly Uri InMemoryLegacy = new("https://legacy.bench.invalid/");
    private static readonly Uri InMemoryTransactional = new("https://transactional.bench.invalid/transactional/v1");

    private readonly ServiceProvider provider;
    private readonly List<HttpMessageHandler> handlers = [];

    private BenchTarget(ServiceProvider provider, InstasentFakeServer? server, Func<HttpMessageHandler> baselineHandler, Uri legacy, Uri transactional)
    {
        this.provider = provider;
        Server = server;
        Sdk = provider.GetRequiredService<IInstasentClient>();
        Legacy = new BaselineSmsClient(Track(baselineHandler()), legacy, Token);
        Transactional = new BaselineSmsClient(Track(baselineHandler()), transactional, Token);
    }

    public IInstasentClient Sdk { get; }

    public BaselineSmsClient Legacy { get; }

    public BaselineSmsClient Transactional { get; }

    public InstasentFakeServer? Server { get; }

    /// <summary>An id the current target answers a GET for (set by a scenario's preparation).</summary>
    public string SmsId { get; set; } = "sms_0123456789abcdef";

    public static BenchTarget InMemory()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
            {
                o.Legacy.BaseAddress = InMemoryLegacy;
                o.Legacy.Token = Token;
                o.Transactional.BaseAddress = InMemoryTransactional;
                o.Transactional.Token = Token;
            })
            .ConfigurePrimaryHttpMessageHandler(_ => new CannedResponseHandler());
        return new BenchTarget(services.BuildServiceProvider(), null, () => new CannedResponseHandler(), InMemoryLegacy, InMemoryTransactional);
    }

    public static async Task<BenchTarget> LoopbackAsync(Action<InstasentClientOptions>? configure = null)
    {
        var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RecordRequests = false, RateLimit = int.MaxValue });
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
        {
            var fake = server.CreateClientOptions(Token);
            o.AllowInsecureHttp = true;
            o.Legacy = fake.Legacy;
            o.Transactional = fake.Transactional;
            configure?.Invoke(o);
        });
        return new BenchTarget(services.BuildServiceProvider(), server, LoopbackHandler, server.LegacyBaseAddress, server.TransactionalBaseAddress);
    }

    /// <summary>The transport the SDK uses by default, so both sides pay the same socket costs.</summary>
    public static SocketsHttpHandler LoopbackHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        foreach (var handler in handlers)
        {
            handler.Dispose();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    private HttpMessageHandler Track(HttpMessageHandler handler)
    {
        handlers.Add(handler);
        return handler;
    }
}
