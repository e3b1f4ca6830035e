using System.Diagnostics;
using Instasent.Sdk.SideBySide.Harness;

namespace Instasent.Sdk.SideBySide;

/// <summary>
/// Side-by-side measurement of the SDK against a hand-written floor (issue 11).
/// <list type="bullet">
/// <item><c>dotnet run -c Release --project benchmarks/Instasent.Sdk.SideBySide</c>: the full run (5 rounds).</item>
/// <item><c>... -- --smoke</c>: every scenario once with tiny sizes; exit code 1 if a scenario fails or the request bytes differ.</item>
/// <item><c>... -- --rounds N</c>, <c>--only name,name</c> (scenario names of the report), <c>--out DIR</c> (default <c>artifacts/side-by-side</c>).</item>
/// </list>
/// Internal: <c>--server</c> (the loopback server process) and <c>--child floor|sdk KIND ...</c> (one side of one round).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // First, before anything else runs: the cold-start scenario measures from here.
        var mainStarted = Stopwatch.GetTimestamp();
        var allocatedAtMain = GC.GetTotalAllocatedBytes(true);
        if (args.Length > 0 && args[0] == "--child")
        {
            return await ChildRunner.RunAsync(args, mainStarted, allocatedAtMain);
        }

        if (args.Length > 0 && args[0] == "--server")
        {
            return await Wire.LoopbackServer.RunAsync();
        }

        var smoke = args.Contains("--smoke");
        var settings = smoke ? HarnessSettings.Smoke() : HarnessSettings.Full(Option(args, "--rounds") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 5);
        if (Option(args, "--only") is { } only)
        {
            var names = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = names.Except(settings.Scenarios.Select(s => s.Name)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", settings.Scenarios.Select(s => s.Name))}.");
                return 2;
            }

            settings = settings with { Scenarios = [.. settings.Scenarios.Where(s => names.Contains(s.Name))] };
        }

        return await Orchestrator.RunAsync(settings, smoke ? "smoke" : "full", Option(args, "--out") ?? Path.Combine("artifacts", "side-by-side"));
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
