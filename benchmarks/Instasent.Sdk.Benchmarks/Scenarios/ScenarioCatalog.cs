namespace Instasent.Sdk.Benchmarks.Scenarios;

/// <summary>
/// Every scenario the per-call and loopback benchmarks run. Adding a family (Product, Ingest, ...) is: a baseline
/// client in <see cref="Support.BenchTarget"/>, a <c>XxxScenarios.For(...)</c> file like <see cref="SmsScenarios"/>,
/// and one line here.
/// </summary>
public static class ScenarioCatalog
{
    public static IReadOnlyList<WireScenario> All { get; } =
    [
        .. SmsScenarios.For("Transactional", c => c.Transactional, t => t.Transactional),
        .. SmsScenarios.For("Legacy", c => c.Legacy, t => t.Legacy),
    ];

    public static IEnumerable<string> Names => All.Select(s => s.Name);

    public static WireScenario Get(string name) => All.Single(s => s.Name == name);
}
