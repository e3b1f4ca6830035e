using Instasent.Sdk.Benchmarks.Support;

namespace Instasent.Sdk.Benchmarks.Scenarios;

/// <summary>
/// One public SDK call and the hand-written baseline that does the same wire work. The per-call and loopback benchmark
/// classes run every scenario of <see cref="ScenarioCatalog"/>, so a new family's operation is one entry there.
/// </summary>
/// <param name="Name">Shown in the results, <c>Family.Operation</c>.</param>
/// <param name="Sdk">The call through the SDK.</param>
/// <param name="Baseline">The same call, hand-written.</param>
/// <param name="Prepare">Optional set-up against the target (for example creating the message a GET reads).</param>
public sealed record WireScenario(
    string Name,
    Func<BenchTarget, Task> Sdk,
    Func<BenchTarget, Task> Baseline,
    Func<BenchTarget, Task>? Prepare = null)
{
    public override string ToString() => Name;
}
