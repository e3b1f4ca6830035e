using BenchmarkDotNet.Attributes;
using Instasent.Sdk.Benchmarks.Scenarios;
using Instasent.Sdk.Benchmarks.Support;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// Client-side cost of one call: the transport is an in-memory handler answering at once, so what is measured is
/// request building, the handler pipeline, retries' bookkeeping and response parsing. Targets: mean at most 1.3x the
/// hand-written baseline, allocations at most baseline + 4 KiB.
/// </summary>
[MemoryDiagnoser]
public class PerCallOverheadBenchmarks
{
    private BenchTarget target = null!;
    private WireScenario scenario = null!;

    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = string.Empty;

    public static IEnumerable<string> Scenarios => ScenarioCatalog.Names;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        target = BenchTarget.InMemory();
        scenario = ScenarioCatalog.Get(Scenario);
        await (scenario.Prepare?.Invoke(target) ?? Task.CompletedTask);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await target.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task Baseline() => scenario.Baseline(target);

    [Benchmark]
    public Task Sdk() => scenario.Sdk(target);
}
