using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Instasent.Sdk.SideBySide.Sides;
using Instasent.Sdk.SideBySide.Wire;

namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>
/// A child process: one side, one scenario, one round (<c>--child floor|sdk KIND --size n --warmup n --samples n
/// --concurrency n --port n --result FILE</c>). Builds its inputs, warms up, measures, writes a <see cref="ChildResult"/>
/// as JSON to the result file. Everything is in this fresh process, so no JIT state, heap or connection pool carries
/// over from the other side or from another round.
/// </summary>
internal static class ChildRunner
{
    public static async Task<int> RunAsync(string[] args, long mainStarted, long allocatedAtMain)
    {
        var side = args[1];
        var kind = Enum.Parse<ScenarioKind>(args[2]);
        var size = long.Parse(Arg(args, "--size"), System.Globalization.CultureInfo.InvariantCulture);
        var warmup = long.Parse(Arg(args, "--warmup"), System.Globalization.CultureInfo.InvariantCulture);
        var samples = int.Parse(Arg(args, "--samples"), System.Globalization.CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Arg(args, "--concurrency"), System.Globalization.CultureInfo.InvariantCulture);
        var port = int.Parse(Arg(args, "--port"), System.Globalization.CultureInfo.InvariantCulture);
        var target = kind == ScenarioKind.InMemory
            ? new SideTarget(SideTarget.InMemoryRoot, InMemory: true)
            : new SideTarget(new Uri("http://127.0.0.1:" + port), InMemory: false);
        target = target with { KeepNotAccepted = args.Contains("--keep-not-accepted") };

        using var sampler = AllocationSampler.StartIfRequested();
        var result = kind == ScenarioKind.ColdStart
            ? await ColdStartAsync(side, target, mainStarted, allocatedAtMain)
            : await MeasureAsync(side, kind, target, size, warmup, samples, concurrency);
        sampler?.Print(result.Items + warmup); // the warm-up allocates too
        result.Side = side;
        result.Scenario = kind.ToString();
        if (target.InMemory)
        {
            result.Digest = RequestDigest.InProcess.TakeSnapshot();
        }

        using var process = Process.GetCurrentProcess();
        result.PeakWorkingSetBytes = process.PeakWorkingSet64;
        await File.WriteAllTextAsync(Arg(args, "--result"), JsonSerializer.Serialize(result, HarnessJson.Default.ChildResult));
        return 0;
    }

    private static string Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : throw new ArgumentException("missing " + name);
    }

    // Kept apart so that constructing one side never makes the JIT load the other side's types (and the SDK's
    // assemblies into the floor's process).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ScenarioSide CreateFloor(SideTarget target) => new Sides.Floor.FloorSide(target);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ScenarioSide CreateSdk(SideTarget target) => new Sides.Sdk.SdkSide(target);

    private static ScenarioSide Create(string side, SideTarget target) =>
        side == "sdk" ? CreateSdk(target) : side == "floor" ? CreateFloor(target) : throw new ArgumentException("side must be floor or sdk");

    private static async Task<ChildResult> ColdStartAsync(string side, SideTarget target, long mainStarted, long allocatedAtMain)
    {
        using var scenario = Create(side, target);
        await scenario.SendSmsAsync(CancellationToken.None);
        var elapsed = Stopwatch.GetElapsedTime(mainStarted);
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedAtMain;
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount();
        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Length;
        if (Environment.GetEnvironmentVariable("SIDE_BY_SIDE_LIST_ASSEMBLIES") == "1")
        {
            // Which assemblies the side needed for its first answer (not measured: printed after the clock stopped).
            foreach (var name in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal))
            {
                Console.Error.WriteLine("assembly " + name);
            }
        }
        using var process = Process.GetCurrentProcess();
        return new ChildResult
        {
            Items = 1,
            MainToFirstResponseMilliseconds = elapsed.TotalMilliseconds,
            NanosecondsPerItem = elapsed.TotalMilliseconds * 1e6,
            ProcessStartToFirstResponseMilliseconds = (DateTime.Now - process.StartTime).TotalMilliseconds,
            AllocatedBytes = allocated,
            AllocatedBytesPerItem = allocated,
            JitCompiledMethods = jit,
            LoadedAssemblies = assemblies,
            Confirmed = 1,
        };
    }

    private static async Task<ChildResult> MeasureAsync(string side, ScenarioKind kind, SideTarget target, long size, long warmup, int samples, int concurrency)
    {
        using var scenario = Create(side, target);
        var ct = CancellationToken.None;
        Func<long, Task<long>> run = kind switch
        {
            ScenarioKind.Sequential or ScenarioKind.InMemory => async n =>
            {
                for (long i = 0; i < n; i++)
                {
                    await scenario.SendSmsAsync(ct);
                }

                return n;
            },
            ScenarioKind.Concurrent => async n =>
            {
                // 16 callers share n calls; each awaits its own calls one after another.
                var callers = Enumerable.Range(0, concurrency).Select(c => Task.Run(async () =>
                {
                    for (long i = c; i < n; i += concurrency)
                    {
                        await scenario.SendSmsAsync(ct);
                    }
                }));
                await Task.WhenAll(callers);
                return n;
            },
            ScenarioKind.Bulk => async n =>
            {
                scenario.PrepareBulk((int)n);
                return await scenario.SendBulkAsync(concurrency, ct);
            },
            ScenarioKind.Ingest => async n =>
            {
                scenario.PrepareIngest((int)n);
                return await scenario.UpsertContactsAsync(concurrency, ct);
            },
            ScenarioKind.Scroll => n => scenario.ScrollAudienceAsync(BenchApi.ScrollProject(n), ct),
            ScenarioKind.IngestStream => n => scenario.StreamContactsAsync(n, concurrency, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var batchKind = kind is ScenarioKind.Bulk or ScenarioKind.Ingest;

        if (warmup > 0)
        {
            Confirm(warmup, await run(warmup));
        }

        RequestDigest.InProcess.Recording = false;

        var perItem = new List<double>();
        long allocated = 0;
        long items = 0;
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        for (var s = 0; s < samples; s++)
        {
            if (batchKind)
            {
                // The input is built outside the measured part; the warm-up's garbage is collected before measuring.
                PrepareOnly(scenario, kind, size);
                GC.Collect();
            }

            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var started = Stopwatch.GetTimestamp();
            var confirmed = batchKind ? await SendPreparedAsync(scenario, kind, concurrency, ct) : await run(size);
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocated += GC.GetTotalAllocatedBytes(true) - allocatedBefore;
            Confirm(size, confirmed);
            items += size;
            perItem.Add(elapsed.TotalNanoseconds / size);
        }

        perItem.Sort();
        var median = perItem[perItem.Count / 2];
        return new ChildResult
        {
            Items = items,
            NanosecondsPerItem = median,
            ItemsPerSecond = 1e9 / median,
            AllocatedBytes = allocated,
            AllocatedBytesPerItem = (double)allocated / items,
            GcPauseMilliseconds = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds,
            Gen0Collections = GC.CollectionCount(0) - gen0,
            Gen1Collections = GC.CollectionCount(1) - gen1,
            Gen2Collections = GC.CollectionCount(2) - gen2,
            Confirmed = items,
        };
    }

    private static void PrepareOnly(ScenarioSide scenario, ScenarioKind kind, long size)
    {
        if (kind == ScenarioKind.Bulk)
        {
            scenario.PrepareBulk((int)size);
        }
        else
        {
            scenario.PrepareIngest((int)size);
        }
    }

    private static Task<int> SendPreparedAsync(ScenarioSide scenario, ScenarioKind kind, int concurrency, CancellationToken ct) =>
        kind == ScenarioKind.Bulk ? scenario.SendBulkAsync(concurrency, ct) : scenario.UpsertContactsAsync(concurrency, ct);

    private static void Confirm(long expected, long confirmed)
    {
        if (confirmed != expected)
        {
            throw new InvalidOperationException($"The side confirmed {confirmed} of {expected} items: the answers were not matched to what was sent.");
        }
    }
}
