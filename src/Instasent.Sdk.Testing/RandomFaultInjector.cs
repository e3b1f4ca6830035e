using System.Collections.Concurrent;
using System.Globalization;

namespace Instasent.Sdk.Testing;

/// <summary>
/// Picks a fault for each request from a seeded random generator, so a chaos run can be replayed from its seed
/// (exactly so when requests arrive in the same order, for example with one caller). Counts what it injected.
/// Plug it in with <see cref="InstasentFakeServerOptions.FaultInjector"/>.
/// </summary>
public sealed class RandomFaultInjector
{
    private readonly Random random;
    private readonly object gate = new();
    private readonly (FaultKind Kind, double Weight)[] mix;
    private readonly double faultRate;
    private readonly ConcurrentDictionary<FaultKind, long> counts = new();
    private readonly ConcurrentQueue<(RecordedRequest Request, FaultKind Kind)> log = new();

    /// <summary>Initializes a new instance.</summary>
    /// <param name="seed">The seed; the same seed gives the same sequence of decisions.</param>
    /// <param name="faultRate">The share of requests that get a fault (0 to 1).</param>
    /// <param name="mix">Relative weights per kind; every kind equally when <see langword="null"/>.</param>
    public RandomFaultInjector(int seed, double faultRate = 0.3, IReadOnlyDictionary<FaultKind, double>? mix = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(faultRate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(faultRate, 1);
        Seed = seed;
        random = new Random(seed);
        this.faultRate = faultRate;
        this.mix = (mix ?? Enum.GetValues<FaultKind>().Where(k => k != FaultKind.None).ToDictionary(k => k, _ => 1.0))
            .Where(kv => kv.Key != FaultKind.None && kv.Value > 0)
            .Select(kv => (kv.Key, kv.Value))
            .OrderBy(kv => kv.Key)
            .ToArray();
    }

    /// <summary>Gets the seed.</summary>
    public int Seed { get; }

    /// <summary>Gets or sets which requests may get faults (by default all).</summary>
    public Func<RecordedRequest, bool> Applies { get; set; } = static _ => true;

    /// <summary>Gets or sets whether decisions are kept in <see cref="Log"/> (turn off for long runs and use <see cref="OnDecision"/>).</summary>
    public bool KeepLog { get; set; } = true;

    /// <summary>Gets or sets a callback told about every decision, for callers that keep their own compact records.</summary>
    public Action<RecordedRequest, FaultKind>? OnDecision { get; set; }

    /// <summary>Gets how many faults of each kind were injected.</summary>
    public IReadOnlyDictionary<FaultKind, long> Counts => counts;

    /// <summary>Gets every decision, in arrival order (only requests the injector applied to).</summary>
    public IReadOnlyList<(RecordedRequest Request, FaultKind Kind)> Log => [.. log];

    /// <summary>Decides the fault for one request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="now">The server's clock, for reset headers.</param>
    /// <returns>The fault, or <see langword="null"/>.</returns>
    public FakeFault? Next(RecordedRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Applies(request))
        {
            return null;
        }

        FaultKind kind;
        int variant;
        lock (gate)
        {
            kind = random.NextDouble() < faultRate ? Pick() : FaultKind.None;
            variant = random.Next(3);
        }

        counts.AddOrUpdate(kind, 1, static (_, n) => n + 1);
        if (KeepLog)
        {
            log.Enqueue((request, kind));
        }

        OnDecision?.Invoke(request, kind);
        return Build(kind, variant, now);
    }

    private FaultKind Pick()
    {
        var total = mix.Sum(m => m.Weight);
        var roll = random.NextDouble() * total;
        foreach (var (kind, weight) in mix)
        {
            roll -= weight;
            if (roll < 0)
            {
                return kind;
            }
        }

        return mix[^1].Kind;
    }

    private static FakeFault? Build(FaultKind kind, int variant, DateTimeOffset now) => kind switch
    {
        FaultKind.None => null,
        FaultKind.RateLimitedRetryAfter => variant == 0
            ? FakeFault.RateLimited(("Retry-After", "0"))
            : FakeFault.RateLimited(("retry-after-ms", (variant * 15).ToString(CultureInfo.InvariantCulture))),
        FaultKind.RateLimitedReset => FakeFault.RateLimited(("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))),
        FaultKind.RateLimitedBare => FakeFault.RateLimited(),
        FaultKind.ServerError => FakeFault.ServerError(variant switch { 0 => 500, 1 => 502, _ => 503 }, "{\"message\":\"chaos\"}"),
        FaultKind.ServerErrorAfterWork => FakeFault.ServerError(500, "{\"message\":\"chaos after work\"}") with { Timing = FaultTiming.AfterHandling },
        FaultKind.ResetBeforeHandling => FakeFault.ConnectionReset(),
        FaultKind.ResetAfterHandling => FakeFault.ConnectionReset() with { Timing = FaultTiming.AfterHandling },
        FaultKind.TruncatedBody => new FakeFault { TruncateBody = true, Timing = FaultTiming.AfterHandling },
        FaultKind.SlowFirstByte => FakeFault.Hung(),
        FaultKind.HtmlErrorPage => FakeFault.HtmlPage(variant == 0 ? 502 : 504),
        FaultKind.EmptyErrorBody => new FakeFault { StatusCode = variant == 0 ? 500 : 503, Body = null },
        _ => null,
    };
}
