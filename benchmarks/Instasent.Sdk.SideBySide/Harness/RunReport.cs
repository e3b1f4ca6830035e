namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>The JSON file of a run: the machine, every child's figures, the medians and every failure.</summary>
internal sealed class RunReport
{
    public string Mode { get; set; } = string.Empty;

    public DateTimeOffset Started { get; set; }

    public double DurationSeconds { get; set; }

    public string Machine { get; set; } = string.Empty;

    public int Rounds { get; set; }

    public List<string> ExcludedHeaders { get; set; } = [];

    public List<ScenarioSummary> Summaries { get; set; } = [];

    public List<ChildResult> Results { get; set; } = [];

    public List<string> Failures { get; set; } = [];
}

/// <summary>Medians over the rounds of one scenario, per side.</summary>
internal sealed class ScenarioSummary
{
    public string Scenario { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public double Floor { get; set; }

    public double Sdk { get; set; }

    /// <summary>SDK / floor of the figure in <see cref="Unit"/>: a time ratio (above 1 is slower) or a throughput ratio (below 1 is slower).</summary>
    public double Ratio { get; set; }

    public double FloorAllocatedPerItem { get; set; }

    public double SdkAllocatedPerItem { get; set; }

    public long FloorPeakWorkingSet { get; set; }

    public long SdkPeakWorkingSet { get; set; }

    public double FloorGcPauseMilliseconds { get; set; }

    public double SdkGcPauseMilliseconds { get; set; }

    public long FloorJitCompiledMethods { get; set; }

    public long SdkJitCompiledMethods { get; set; }

    public int FloorLoadedAssemblies { get; set; }

    public int SdkLoadedAssemblies { get; set; }

    public double LoadMin { get; set; }

    public double LoadMax { get; set; }

    public int Rounds { get; set; }

    public bool RequestsIdentical { get; set; }

    public long RequestsPerRun { get; set; }
}
