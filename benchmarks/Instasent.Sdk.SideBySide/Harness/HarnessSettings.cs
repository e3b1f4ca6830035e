namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>The scenarios of a run and how often each is repeated.</summary>
internal sealed record HarnessSettings(int Rounds, int ColdStartRounds, int CallConcurrency, TimeSpan ChildTimeout, IReadOnlyList<Scenario> Scenarios)
{
    /// <summary>Issue 11's table: about 8 minutes on an idle 2-core machine, well under 15 under moderate load.</summary>
    public static HarnessSettings Full(int rounds) => new(rounds, rounds * 2, 16, TimeSpan.FromMinutes(4),
    [
        new("send-sequential", ScenarioKind.Sequential, 2_000, 2_000, 5, "SendSmsAsync, sequential, loopback"),
        new("send-concurrent", ScenarioKind.Concurrent, 4_000, 4_000, 5, "SendSmsAsync, 16 concurrent callers, loopback"),
        new("send-in-memory", ScenarioKind.InMemory, 20_000, 20_000, 5, "SendSmsAsync, in-memory transport"),
        new("bulk-100k", ScenarioKind.Bulk, 100_000, 2_000, 1, "bulk 100,000 SMS, default concurrency"),
        new("ingest-100k", ScenarioKind.Ingest, 100_000, 2_000, 1, "Ingest upsert 100,000 contacts"),
        new("scroll-100k", ScenarioKind.Scroll, 100_000, 2_000, 1, "Product scroll 100,000 contacts"),
        new("scroll-1m", ScenarioKind.Scroll, 1_000_000, 2_000, 1, "Product scroll 1,000,000 contacts"),
        new("cold-start", ScenarioKind.ColdStart, 1, 0, 1, "cold start: new client + first call"),
    ]);

    /// <summary>Every scenario once with tiny sizes: proves it runs and that both sides send the same bytes.</summary>
    public static HarnessSettings Smoke() => new(1, 1, 16, TimeSpan.FromSeconds(90),
    [
        new("send-sequential", ScenarioKind.Sequential, 20, 5, 1, "SendSmsAsync, sequential, loopback"),
        new("send-concurrent", ScenarioKind.Concurrent, 32, 16, 1, "SendSmsAsync, 16 concurrent callers, loopback"),
        new("send-in-memory", ScenarioKind.InMemory, 20, 5, 1, "SendSmsAsync, in-memory transport"),
        new("bulk", ScenarioKind.Bulk, 250, 100, 1, "bulk SMS, default concurrency"),
        new("ingest", ScenarioKind.Ingest, 250, 100, 1, "Ingest upsert"),
        new("scroll", ScenarioKind.Scroll, 350, 100, 1, "Product scroll"),
        new("cold-start", ScenarioKind.ColdStart, 1, 0, 1, "cold start: new client + first call"),
    ]);
}
