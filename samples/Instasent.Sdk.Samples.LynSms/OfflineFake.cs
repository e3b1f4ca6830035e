// Offline runs only: starts the SDK test kit's loopback fake server (Instasent.Sdk.Testing) when no token is set, so
// this sample runs with no network and no cost. Nothing here is needed against the real API: copy Program.cs, not this
// file, and drop the Instasent.Sdk.Testing reference.
using Instasent.Sdk;
using Instasent.Sdk.Testing;

/// <summary>The embedded fake LynSMS API the sample talks to when LYNSMS_API_KEY is unset.</summary>
internal sealed class OfflineFake : IAsyncDisposable
{
    private readonly InstasentFakeServer server;

    private OfflineFake(InstasentFakeServer server) => this.server = server;

    public Uri Address => server.LynSmsBaseAddress;

    public static async Task<OfflineFake> StartAsync() => new(await InstasentFakeServer.StartAsync());

    /// <summary>Client options pointing at the fake, with its key.</summary>
    public InstasentClientOptions CreateClientOptions() => server.CreateClientOptions();

    /// <summary>Tops the fake account up, as a real account would be before a bulk send.</summary>
    public void SetBalance(decimal balance) => server.LynSms.Balance = balance;

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
