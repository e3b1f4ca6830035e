using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Instasent.Sdk.SideBySide.Wire;

namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>
/// Runs the comparison: one loopback server process for the whole run; then, round after round, every scenario as
/// floor then SDK, each in a fresh child process. After each child the request digest (from the server, or from the
/// in-memory transport inside the child) is taken; the floor's and the SDK's of the same round must be identical.
/// Exit code 1 when any child failed, confirmed fewer items than it sent, or sent different requests.
/// </summary>
internal static class Orchestrator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(HarnessSettings settings, string mode, string outputDirectory)
    {
        var report = new RunReport
        {
            Mode = mode,
            Started = DateTimeOffset.Now,
            Rounds = settings.Rounds,
            Machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, .NET {Environment.Version}",
            ExcludedHeaders = [.. RequestDigest.ExcludedHeaders.Order(StringComparer.OrdinalIgnoreCase)],
        };
        var clock = Stopwatch.StartNew();
        // Read here so the floor of the bulk scenarios uses the SDK's default without loading the SDK itself.
        var bulkConcurrency = new InstasentClientOptions().BulkConcurrency;
        Console.WriteLine($"side-by-side ({mode}): {report.Machine}; load {ChildProcess.LoadAverage().ToString("0.00", Invariant)}; bulk concurrency {bulkConcurrency}");

        await using (var server = await ServerProcess.StartAsync())
        {
            var rounds = settings.Scenarios.Max(s => s.Rounds ?? settings.Rounds);
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var scenario in settings.Scenarios)
                {
                    if (round > (scenario.Rounds ?? settings.Rounds))
                    {
                        continue;
                    }

                    var concurrency = scenario.Kind == ScenarioKind.Concurrent ? settings.CallConcurrency : bulkConcurrency;
                    var floor = await RunChildAsync(server, settings, scenario, "floor", round, concurrency, report);
                    var sdk = await RunChildAsync(server, settings, scenario, "sdk", round, concurrency, report);
                    CompareRequests(scenario, round, floor, sdk, report);
                    Console.WriteLine($"  {clock.Elapsed:mm\\:ss} round {round} {scenario.Name,-16} floor {Figure(scenario, floor),12}  sdk {Figure(scenario, sdk),12}  (load {floor.LoadBefore.ToString("0.00", Invariant)})");
                }
            }
        }

        report.DurationSeconds = clock.Elapsed.TotalSeconds;
        report.Summaries = [.. settings.Scenarios.Select(s => Summarize(s, report))];
        var markdown = Markdown(report, settings);
        Directory.CreateDirectory(outputDirectory);
        var stem = Path.Combine(outputDirectory, $"side-by-side-{mode}-{report.Started:yyyyMMdd-HHmmss}");
        await File.WriteAllTextAsync(stem + ".md", markdown);
        await File.WriteAllTextAsync(stem + ".json", JsonSerializer.Serialize(report, HarnessJson.Default.RunReport));
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written: {stem}.md, {stem}.json");
        if (report.Failures.Count > 0)
        {
            Console.Error.WriteLine($"FAILED: {report.Failures.Count} problem(s):");
            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine(" - " + failure);
            }

            return 1;
        }

        return 0;
    }

    private static async Task<ChildResult> RunChildAsync(ServerProcess server, HarnessSettings settings, Scenario scenario, string side, int round, int concurrency, RunReport report)
    {
        await server.TakeDigestAsync(); // start from an empty record
        var resultFile = Path.Combine(Path.GetTempPath(), $"side-by-side-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        string[] args =
        [
            "--child", side, scenario.Kind.ToString(),
            "--size", scenario.Size.ToString(Invariant),
            "--warmup", scenario.Warmup.ToString(Invariant),
            "--samples", scenario.Samples.ToString(Invariant),
            "--concurrency", concurrency.ToString(Invariant),
            "--port", server.Port.ToString(Invariant),
            "--result", resultFile,
            .. (scenario.KeepNotAccepted ? new[] { "--keep-not-accepted" } : []),
        ];
        var loadBefore = ChildProcess.LoadAverage();
        var (exitCode, output, wall) = await ChildProcess.RunAsync(args, settings.ChildTimeout);
        var loadAfter = ChildProcess.LoadAverage();
        ChildResult result;
        if (exitCode == 0 && File.Exists(resultFile))
        {
            result = JsonSerializer.Deserialize(await File.ReadAllTextAsync(resultFile), HarnessJson.Default.ChildResult)!;
        }
        else
        {
            result = new ChildResult { Error = $"exit code {exitCode}: {output.Trim()}" };
            report.Failures.Add($"{scenario.Name} round {round} {side}: {result.Error}");
        }

        File.Delete(resultFile);
        result.Side = side;
        result.Scenario = scenario.Name;
        result.Round = round;
        result.LoadBefore = loadBefore;
        result.LoadAfter = loadAfter;
        result.ProcessWallMilliseconds = wall.TotalMilliseconds;
        if (scenario.UsesServer)
        {
            result.Digest = await server.TakeDigestAsync();
        }

        report.Results.Add(result);
        return result;
    }

    private static void CompareRequests(Scenario scenario, int round, ChildResult floor, ChildResult sdk, RunReport report)
    {
        if (floor.Error is not null || sdk.Error is not null)
        {
            return;
        }

        if (floor.Digest is null || sdk.Digest is null || floor.Digest.Requests == 0)
        {
            report.Failures.Add($"{scenario.Name} round {round}: no requests were recorded.");
            return;
        }

        if (floor.Digest.Digest == sdk.Digest.Digest)
        {
            return;
        }

        var text = new StringBuilder()
            .Append(scenario.Name).Append(" round ").Append(round)
            .Append(": the floor and the SDK sent different requests (floor ").Append(floor.Digest.Requests).Append(" requests, ")
            .Append(floor.Digest.Distinct).Append(" distinct; SDK ").Append(sdk.Digest.Requests).Append(" requests, ")
            .Append(sdk.Digest.Distinct).Append(" distinct).");
        foreach (var only in floor.Digest.Samples.Except(sdk.Digest.Samples).Take(3))
        {
            text.Append("\n   only the floor sent:\n      ").Append(only.Replace("\n", "\n      ", StringComparison.Ordinal));
        }

        foreach (var only in sdk.Digest.Samples.Except(floor.Digest.Samples).Take(3))
        {
            text.Append("\n   only the SDK sent:\n      ").Append(only.Replace("\n", "\n      ", StringComparison.Ordinal));
        }

        report.Failures.Add(text.ToString());
    }

    private static string Figure(Scenario scenario, ChildResult result) =>
        result.Error is not null ? "FAILED" : scenario.Kind switch
        {
            ScenarioKind.ColdStart => result.MainToFirstResponseMilliseconds.ToString("0.0", Invariant) + " ms",
            _ when scenario.IsThroughput => result.ItemsPerSecond.ToString("N0", Invariant) + "/s",
            _ => (result.NanosecondsPerItem / 1000).ToString("0.0", Invariant) + " µs",
        };

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static ScenarioSummary Summarize(Scenario scenario, RunReport report)
    {
        var all = report.Results.Where(r => r.Scenario == scenario.Name).ToList();
        var ok = all.Where(r => r.Error is null).ToList();
        var floor = ok.Where(r => r.Side == "floor").ToList();
        var sdk = ok.Where(r => r.Side == "sdk").ToList();
        double Value(ChildResult r) => scenario.Kind switch
        {
            ScenarioKind.ColdStart => r.MainToFirstResponseMilliseconds,
            _ when scenario.IsThroughput => r.ItemsPerSecond,
            _ => r.NanosecondsPerItem / 1000,
        };
        var summary = new ScenarioSummary
        {
            Scenario = scenario.Name,
            Title = scenario.Title,
            Unit = scenario.Unit,
            Floor = Median(floor.Select(Value)),
            Sdk = Median(sdk.Select(Value)),
            FloorAllocatedPerItem = Median(floor.Select(r => r.AllocatedBytesPerItem)),
            SdkAllocatedPerItem = Median(sdk.Select(r => r.AllocatedBytesPerItem)),
            FloorPeakWorkingSet = (long)Median(floor.Select(r => (double)r.PeakWorkingSetBytes)),
            SdkPeakWorkingSet = (long)Median(sdk.Select(r => (double)r.PeakWorkingSetBytes)),
            FloorGcPauseMilliseconds = Median(floor.Select(r => r.GcPauseMilliseconds)),
            SdkGcPauseMilliseconds = Median(sdk.Select(r => r.GcPauseMilliseconds)),
            FloorJitCompiledMethods = (long)Median(floor.Select(r => (double)r.JitCompiledMethods)),
            SdkJitCompiledMethods = (long)Median(sdk.Select(r => (double)r.JitCompiledMethods)),
            FloorLoadedAssemblies = (int)Median(floor.Select(r => (double)r.LoadedAssemblies)),
            SdkLoadedAssemblies = (int)Median(sdk.Select(r => (double)r.LoadedAssemblies)),
            LoadMin = all.Count == 0 ? double.NaN : all.Min(r => Math.Min(r.LoadBefore, r.LoadAfter)),
            LoadMax = all.Count == 0 ? double.NaN : all.Max(r => Math.Max(r.LoadBefore, r.LoadAfter)),
            Rounds = Math.Min(floor.Count, sdk.Count),
            RequestsIdentical = floor.Count > 0 && floor.All(f =>
                sdk.FirstOrDefault(x => x.Round == f.Round) is { } s && f.Digest is { Requests: > 0 } && f.Digest.Digest == s.Digest?.Digest),
            RequestsPerRun = (long)Median(all.Select(r => (double)(r.Digest?.Requests ?? 0))),
        };
        summary.Ratio = summary.Sdk / summary.Floor;
        return summary;
    }

    private static string Markdown(RunReport report, HarnessSettings settings)
    {
        static string Kb(double bytes) => (bytes / 1024).ToString(bytes < 10 * 1024 ? "0.00" : "N1", Invariant) + " KB";
        static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("N0", Invariant) + " MB";
        string Number(double value, string unit) => unit switch
        {
            "µs/call" => value.ToString("0.0", Invariant),
            "ms" => value.ToString("0.0", Invariant),
            _ => value.ToString("N0", Invariant),
        };

        var text = new StringBuilder();
        text.AppendLine($"### Side by side: SDK vs hand-written floor ({report.Mode})");
        text.AppendLine();
        text.AppendLine($"{report.Started:yyyy-MM-dd HH:mm zzz}; {report.Machine}; interleaved rounds (per row below), a fresh process per side per round; medians over rounds; run took {report.DurationSeconds.ToString("0", Invariant)} s.");
        text.AppendLine("Ratio: SDK / floor of the figure (time: above 1 is slower; throughput: below 1 is slower). Allocated: `GC.GetTotalAllocatedBytes(true)` per item over the measured part. Peak WS: `PeakWorkingSet64` of the child. Load: 1-minute load average (`/proc/loadavg`) around the children of that row.");
        text.AppendLine();
        text.AppendLine("| scenario | unit | floor | SDK | SDK / floor | allocated per item, floor → SDK | peak working set, floor → SDK | GC pause ms, floor → SDK | load | rounds | same requests |");
        text.AppendLine("|---|---|---:|---:|---:|---|---|---|---|---:|---|");
        foreach (var s in report.Summaries)
        {
            var perItem = s.Scenario.StartsWith("cold", StringComparison.Ordinal) ? "per start" : "per " + settings.Scenarios.First(x => x.Name == s.Scenario).ItemName;
            text.Append("| ").Append(s.Title)
                .Append(" | ").Append(s.Unit)
                .Append(" | ").Append(Number(s.Floor, s.Unit))
                .Append(" | ").Append(Number(s.Sdk, s.Unit))
                .Append(" | ").Append(s.Ratio.ToString("0.00", Invariant)).Append('×')
                .Append(" | ").Append(Kb(s.FloorAllocatedPerItem)).Append(" → ").Append(Kb(s.SdkAllocatedPerItem)).Append(' ').Append(perItem)
                .Append(" | ").Append(Mb(s.FloorPeakWorkingSet)).Append(" → ").Append(Mb(s.SdkPeakWorkingSet))
                .Append(" | ").Append(s.FloorGcPauseMilliseconds.ToString("0.0", Invariant)).Append(" → ").Append(s.SdkGcPauseMilliseconds.ToString("0.0", Invariant))
                .Append(" | ").Append(s.LoadMin.ToString("0.0", Invariant)).Append('–').Append(s.LoadMax.ToString("0.0", Invariant))
                .Append(" | ").Append(s.Rounds)
                .Append(" | ").Append(s.RequestsIdentical ? $"yes ({s.RequestsPerRun.ToString("N0", Invariant)} per run)" : "**NO**")
                .AppendLine(" |");
        }

        if (report.Summaries.FirstOrDefault(s => s.Scenario.StartsWith("cold", StringComparison.Ordinal)) is { } cold)
        {
            text.AppendLine();
            text.AppendLine($"Cold start: {cold.FloorJitCompiledMethods.ToString("N0", Invariant)} → {cold.SdkJitCompiledMethods.ToString("N0", Invariant)} methods JIT-compiled, {cold.FloorLoadedAssemblies} → {cold.SdkLoadedAssemblies} assemblies loaded (floor → SDK, at the first answer).");
        }

        text.AppendLine();
        text.AppendLine("Request bytes compared per round (method, target, every header but " + string.Join(", ", report.ExcludedHeaders) + ", body).");
        foreach (var side in new[] { "floor", "sdk" })
        {
            var sent = report.Results.Where(r => r.Side == side && r.Digest is not null).SelectMany(r => r.Digest!.ExcludedHeadersSent).Distinct().Order(StringComparer.Ordinal).ToList();
            text.AppendLine($"Excluded headers the {(side == "sdk" ? "SDK" : "floor")} sent: {(sent.Count == 0 ? "none" : string.Join(", ", sent))}.");
        }

        if (report.Failures.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"**{report.Failures.Count} failure(s)**: see the console output and the JSON file.");
        }

        return text.ToString();
    }
}
