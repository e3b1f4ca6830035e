// Offline runs only: starts the SDK test kit's loopback fake server (Instasent.Sdk.Testing) when no token is set, so
// this sample runs with no network and no cost. Nothing here is needed against the real API: copy Program.cs, not this
// file, and drop the Instasent.Sdk.Testing reference.
using Instasent.Sdk;
using Instasent.Sdk.Testing;

/// <summary>The embedded fake Instasent API the quick start talks to when INSTASENT_TOKEN is unset.</summary>
internal sealed class OfflineFake : IAsyncDisposable
{
    private readonly InstasentFakeServer server;

    private OfflineFake(InstasentFakeServer server) => this.server = server;

    public Uri Address => server.BaseAddress;

    public long RequestCount => server.RequestCount;

    public int StoredMessageCount => server.Sms.Messages.Count;

    public static async Task<OfflineFake> StartAsync() => new(await InstasentFakeServer.StartAsync());

    /// <summary>Client options pointing at the fake, with its token.</summary>
    public InstasentClientOptions CreateClientOptions() => server.CreateClientOptions();

    /// <summary>Makes the next request answer 429 with <c>Retry-After</c>, to show the SDK waiting and retrying.</summary>
    public void RateLimitNextRequest(int retryAfterSeconds) =>
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
