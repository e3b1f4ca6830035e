namespace Instasent.Sdk.SideBySide.Harness;

internal enum ScenarioKind
{
    Sequential,
    Concurrent,
    InMemory,
    Bulk,
    Ingest,
    Scroll,
    ColdStart,
    IngestStream,
}

/// <summary>
/// One row of the report. <paramref name="Size"/>: operations per sample (per-call scenarios) or items of the one
/// measured run (bulk, Ingest, scroll); <paramref name="Warmup"/>: the same before measuring, in the same process;
/// <paramref name="Rounds"/>: rounds of this scenario when not the run's number; <paramref name="KeepNotAccepted"/>: the
/// SDK's bulk call keeps only the outcomes not accepted (<c>OutcomeRetention = NotAccepted</c>), the floor keeps none either way.
/// </summary>
internal sealed record Scenario(string Name, ScenarioKind Kind, long Size, long Warmup, int Samples, string Title, int? Rounds = null, bool KeepNotAccepted = false)
{
    /// <summary>Time per operation (lower is better) or items per second (higher is better).</summary>
    public bool IsThroughput => Kind is ScenarioKind.Concurrent or ScenarioKind.Bulk or ScenarioKind.Ingest or ScenarioKind.IngestStream or ScenarioKind.Scroll;

    public bool UsesServer => Kind != ScenarioKind.InMemory;

    public string Unit => Kind switch
    {
        ScenarioKind.Sequential or ScenarioKind.InMemory => "µs/call",
        ScenarioKind.Concurrent => "calls/s",
        ScenarioKind.Bulk => "SMS/s",
        ScenarioKind.Ingest or ScenarioKind.IngestStream => "records/s",
        ScenarioKind.Scroll => "contacts/s",
        _ => "ms",
    };

    public string ItemName => Kind switch
    {
        ScenarioKind.Bulk => "message",
        ScenarioKind.Ingest or ScenarioKind.IngestStream => "record",
        ScenarioKind.Scroll => "contact",
        ScenarioKind.ColdStart => "start",
        _ => "call",
    };
}
