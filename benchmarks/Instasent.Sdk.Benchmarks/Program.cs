using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// Runs the suite. Everything: <c>dotnet run -c Release --project benchmarks/Instasent.Sdk.Benchmarks -- --filter '*'</c>.
/// Add <c>--job short</c> for the shorter run used for docs/benchmarks.md, or <c>--quick</c> for a CI smoke run
/// (one iteration of one invocation: proves every benchmark runs, measures nothing meaningful).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // Scenario names such as "Transactional.SendSms" are longer than the default 20-character parameter column.
        IConfig config = DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(40));
        if (args.Contains("--quick"))
        {
            args = [.. args.Where(a => a != "--quick")];
            config = config.AddJob(Job.Dry.WithId("Quick"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
