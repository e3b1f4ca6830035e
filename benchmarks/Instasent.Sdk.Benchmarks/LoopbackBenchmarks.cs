using BenchmarkDotNet.Attributes;
using Instasent.Sdk.Benchmarks.Scenarios;
using Instasent.Sdk.Benchmarks.Support;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// The same calls end to end over real loopback HTTP against the test kit's fake server (Kestrel on 127.0.0.1, in this
/// process). Target: at most 1.05x the hand-written baseline.
/// </summary>
[MemoryDiagnoser]
public class LoopbackBenchmarks
{
    private BenchTarget target = null!;
    private WireScenario scenario = null!;

    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = string.Empty;

    public static IEnumerable<string> Scenarios => ScenarioCatalog.Names;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        target = await BenchTarget.LoopbackAsync();
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
