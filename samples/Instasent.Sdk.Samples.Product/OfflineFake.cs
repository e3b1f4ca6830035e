// Offline runs only: starts the SDK test kit's loopback fake server (Instasent.Sdk.Testing) when no token is set, so
// this sample runs with no network and no cost. Nothing here is needed against the real API: copy Program.cs, not this
// file, and drop the Instasent.Sdk.Testing reference.
using Instasent.Sdk;
using Instasent.Sdk.Testing;

/// <summary>The embedded fake Product API the sample talks to when INSTASENT_TOKEN is unset.</summary>
internal sealed class OfflineFake : IAsyncDisposable
{
    private readonly InstasentFakeServer server;

    private OfflineFake(InstasentFakeServer server) => this.server = server;

    public Uri Address => server.BaseAddress;

    /// <summary>Starts the fake with 250 contacts (every fourth on the "pro" plan) and a segment "pro-users".</summary>
    public static async Task<OfflineFake> StartSeededAsync()
    {
        var server = await InstasentFakeServer.StartAsync();
        for (var i = 0; i < 250; i++)
        {
            server.Audience.AddContact(FakeAudienceState.DefaultProjectId, $"user-{i}", $$"""{"_email":"user{{i}}@{{(i % 5 == 0 ? "yahoo.com" : "example.com")}}","_phone_mobile":"+3460{{i:D7}}","plan":"{{(i % 4 == 0 ? "pro" : "free")}}"}""");
        }

        server.Audience.AddSegment(FakeAudienceState.DefaultProjectId, "pro-users", "Pro users", (c, _) => c.GetAttribute("plan") == "pro");
        return new OfflineFake(server);
    }

    /// <summary>Client options pointing at the fake, with its token and project.</summary>
    public InstasentClientOptions CreateClientOptions() => server.CreateClientOptions();

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
