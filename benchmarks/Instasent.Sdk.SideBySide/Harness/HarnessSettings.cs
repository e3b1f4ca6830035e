namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>The scenarios of a run and how often each is repeated.</summary>
internal sealed record HarnessSettings(int Rounds, int CallConcurrency, TimeSpan ChildTimeout, IReadOnlyList<Scenario> Scenarios)
{
    /// <summary>
    /// Issue 11's table. The 1M scroll is most of the run's CPU (the server writes and each side parses about 400 MB of
    /// JSON per round), so it gets at most 3 rounds; cold starts are cheap and noisy, so they get twice the rounds.
    /// </summary>
    public static HarnessSettings Full(int rounds) => new(rounds, 16, TimeSpan.FromMinutes(4),
    [
        new("send-sequential", ScenarioKind.Sequential, 2_000, 2_000, 5, "SendSmsAsync, sequential, loopback"),
        new("send-concurrent", ScenarioKind.Concurrent, 4_000, 4_000, 5, "SendSmsAsync, 16 concurrent callers, loopback"),
        new("send-in-memory", ScenarioKind.InMemory, 20_000, 20_000, 5, "SendSmsAsync, in-memory transport"),
        new("bulk-100k", ScenarioKind.Bulk, 100_000, 2_000, 1, "bulk 100,000 SMS, default concurrency"),
        new("ingest-100k", ScenarioKind.Ingest, 100_000, 2_000, 1, "Ingest upsert 100,000 contacts"),
        new("bulk-100k-not-accepted", ScenarioKind.Bulk, 100_000, 2_000, 1, "bulk 100,000 SMS, SDK keeping only outcomes not accepted", KeepNotAccepted: true),
        new("ingest-100k-not-accepted", ScenarioKind.Ingest, 100_000, 2_000, 1, "Ingest 100,000 contacts, SDK keeping only outcomes not accepted", KeepNotAccepted: true),
        new("ingest-stream-100k", ScenarioKind.IngestStream, 100_000, 2_000, 1, "Ingest 100,000 contacts streamed from an IAsyncEnumerable"),
        new("ingest-stream-1m", ScenarioKind.IngestStream, 1_000_000, 2_000, 1, "Ingest 1,000,000 contacts streamed from an IAsyncEnumerable", Math.Min(rounds, 3)),
        new("scroll-100k", ScenarioKind.Scroll, 100_000, 2_000, 1, "Product scroll 100,000 contacts"),
        new("scroll-1m", ScenarioKind.Scroll, 1_000_000, 2_000, 1, "Product scroll 1,000,000 contacts", Math.Min(rounds, 3)),
        new("cold-start", ScenarioKind.ColdStart, 1, 0, 1, "cold start: new client + first call", rounds * 2),
    ]);

    /// <summary>Every scenario once with tiny sizes: proves it runs and that both sides send the same bytes.</summary>
    public static HarnessSettings Smoke() => new(1, 16, TimeSpan.FromSeconds(90),
    [
        new("send-sequential", ScenarioKind.Sequential, 20, 5, 1, "SendSmsAsync, sequential, loopback"),
        new("send-concurrent", ScenarioKind.Concurrent, 32, 16, 1, "SendSmsAsync, 16 concurrent callers, loopback"),
        new("send-in-memory", ScenarioKind.InMemory, 20, 5, 1, "SendSmsAsync, in-memory transport"),
        new("bulk", ScenarioKind.Bulk, 250, 100, 1, "bulk SMS, default concurrency"),
        new("ingest", ScenarioKind.Ingest, 250, 100, 1, "Ingest upsert"),
        new("ingest-stream", ScenarioKind.IngestStream, 250, 100, 1, "Ingest streamed"),
        new("scroll", ScenarioKind.Scroll, 350, 100, 1, "Product scroll"),
        new("cold-start", ScenarioKind.ColdStart, 1, 0, 1, "cold start: new client + first call"),
    ]);
}
