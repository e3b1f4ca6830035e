// Offline runs only: starts the SDK test kit's loopback fake server (Instasent.Sdk.Testing) when no token is set, so
// this sample runs with no network and no cost. Nothing here is needed against the real API: copy Program.cs, not this
// file, and drop the Instasent.Sdk.Testing reference.
using Instasent.Sdk;
using Instasent.Sdk.Testing;

/// <summary>The embedded fake Hellio API the sample talks to when HELLIO_TOKEN is unset.</summary>
internal sealed class OfflineFake : IAsyncDisposable
{
    private readonly InstasentFakeServer server;

    private OfflineFake(InstasentFakeServer server) => this.server = server;

    public Uri Address => server.HellioBaseAddress;

    public static async Task<OfflineFake> StartAsync() => new(await InstasentFakeServer.StartAsync());

    /// <summary>Client options pointing at the fake, with its token.</summary>
    public InstasentClientOptions CreateClientOptions() => server.CreateClientOptions();

    /// <summary>A user the token endpoint knows, with two-factor authentication on.</summary>
    public void AddUser(string email, string password, string twoFactorCode) => server.Hellio.AddUser(email, password, twoFactorCode: twoFactorCode);

    /// <summary>The OTP the fake "sent" to a number; a real user reads it on their phone.</summary>
    public string? LastOtpCode(string mobileNumber) => server.Hellio.LastOtpCode(mobileNumber);

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
