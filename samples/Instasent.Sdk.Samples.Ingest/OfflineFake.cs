// Offline runs only: starts the SDK test kit's loopback fake server (Instasent.Sdk.Testing) when no token is set, so
// this sample runs with no network and no cost. Nothing here is needed against the real API: copy Program.cs, not this
// file, and drop the Instasent.Sdk.Testing reference.
using Instasent.Sdk;
using Instasent.Sdk.Testing;

/// <summary>The embedded fake Ingest and Product API the sample talks to when INSTASENT_TOKEN is unset.</summary>
internal sealed class OfflineFake : IAsyncDisposable
{
    private readonly InstasentFakeServer server;

    private OfflineFake(InstasentFakeServer server) => this.server = server;

    public Uri Address => server.BaseAddress;

    /// <summary>The fake's project, which a real run reads from INSTASENT_PROJECT.</summary>
    public static string ProjectId => FakeAudienceState.DefaultProjectId;

    /// <summary>The fake's datasource, which a real run reads from INSTASENT_DATASOURCE.</summary>
    public static string DatasourceId => FakeAudienceState.DefaultDatasourceId;

    // Tens of thousands of records: the fake keeps no request log, only the audience.
    public static async Task<OfflineFake> StartAsync() => new(await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RecordRequests = false }));

    /// <summary>Client options pointing at the fake, with its token.</summary>
    public InstasentClientOptions CreateClientOptions() => server.CreateClientOptions();

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
