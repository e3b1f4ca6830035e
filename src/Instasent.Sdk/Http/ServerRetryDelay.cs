using System.Globalization;
using System.Net.Http.Headers;

namespace Instasent.Sdk.Http;

/// <summary>
/// Reads how long the server asked the client to wait, defensively: every clock read goes through the call's
/// <see cref="TimeProvider"/> (Microsoft.Extensions.Http.Resilience reads the system clock for HTTP-dates, which makes
/// such waits untestable), a value that cannot mean a wait (negative, NaN, garbage) is skipped so the next hint decides,
/// and a huge one is read as <see cref="Ceiling"/>, which no call budget fits. Which hint applies to which status is the
/// retry policy's business, not this reader's.
/// </summary>
internal static class ServerRetryDelay
{
    /// <summary>The longest wait a header can ask for; longer ones are read as this (it keeps arithmetic far from TimeSpan's limits).</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromDays(1);

    /// <summary>
    /// Extra wait on top of a point in time measured on the server's clock (an HTTP-date, a reset time, a fixed window):
    /// the two clocks may differ by a second or so, and retrying just before the server's window ends earns a second 429.
    /// </summary>
    public static readonly TimeSpan ClockSkewMargin = TimeSpan.FromSeconds(1);

    /// <summary>How far this clock may be from the server's <c>Date</c> and still be taken as agreeing with it.</summary>
    public static readonly TimeSpan ClockAgreement = TimeSpan.FromSeconds(5);

    // Below this, a reset value cannot be a current Unix time in seconds (it would be before September 2001), so it is
    // read as seconds from now; from 1e11 on it cannot be Unix seconds (year 5138) and is read as Unix milliseconds.
    private const double UnixSecondsFloor = 1e9;
    private const double UnixMillisecondsFloor = 1e11;
    private const double UnixMillisecondsCeiling = 253402300799999;

    /// <summary>
    /// Reads <c>Retry-After</c> (delta-seconds or HTTP-date), then <c>retry-after-ms</c>.
    /// <paramref name="clockBased"/> is <see langword="true"/> when the wait is a point on the server's clock (HTTP-date).
    /// </summary>
    public static bool TryGetRetryAfter(HttpResponseHeaders headers, TimeProvider time, out TimeSpan delay, out RetryDelaySource source, out bool clockBased)
    {
        if (headers.NonValidated.TryGetValues("Retry-After", out var retryAfter))
        {
            foreach (var raw in retryAfter)
            {
                var value = raw.Trim();
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                {
                    if (!double.IsFinite(seconds) || seconds < 0)
                    {
                        continue;
                    }

                    delay = Clamp(seconds);
                    source = RetryDelaySource.RetryAfter;
                    clockBased = false;
                    return true;
                }

                if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                    || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
                {
                    delay = Until(date, headers, time);
                    source = RetryDelaySource.RetryAfter;
                    clockBased = true;
                    return true;
                }
            }
        }

        if (headers.NonValidated.TryGetValues("retry-after-ms", out var retryAfterMs))
        {
            foreach (var raw in retryAfterMs)
            {
                if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && double.IsFinite(ms) && ms >= 0)
                {
                    delay = Clamp(ms / 1000);
                    source = RetryDelaySource.RetryAfterMilliseconds;
                    clockBased = false;
                    return true;
                }
            }
        }

        delay = TimeSpan.Zero;
        source = RetryDelaySource.None;
        clockBased = false;
        return false;
    }

    /// <summary>
    /// Reads <c>X-RateLimit-Reset</c>: Unix seconds (what Instasent documents), Unix milliseconds, or seconds from now
    /// (some servers send that). A reset in the past is a wait of zero.
    /// </summary>
    public static bool TryGetReset(HttpResponseHeaders headers, TimeProvider time, out TimeSpan delay, out bool clockBased)
    {
        if (headers.NonValidated.TryGetValues("X-RateLimit-Reset", out var values))
        {
            foreach (var raw in values)
            {
                if (!double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var reset) || !double.IsFinite(reset) || reset < 0)
                {
                    continue;
                }

                if (reset < UnixSecondsFloor)
                {
                    delay = Clamp(reset);
                    clockBased = false;
                    return true;
                }

                if (UnixResetTime(reset) is { } at)
                {
                    delay = Until(at, headers, time);
                    clockBased = true;
                    return true;
                }
            }
        }

        delay = TimeSpan.Zero;
        clockBased = false;
        return false;
    }

    /// <summary>
    /// Places an <c>X-RateLimit-Reset</c> value that is a Unix time: seconds (what Instasent documents) or milliseconds.
    /// <see langword="null"/> for a value that is not one (a count of seconds from now, or out of range).
    /// </summary>
    public static DateTimeOffset? UnixResetTime(double reset) => reset switch
    {
        >= UnixMillisecondsFloor and <= UnixMillisecondsCeiling => DateTimeOffset.FromUnixTimeMilliseconds((long)reset),
        >= UnixSecondsFloor and < UnixMillisecondsFloor => DateTimeOffset.FromUnixTimeMilliseconds((long)(reset * 1000)),
        _ => null,
    };

    /// <summary>The wait until the next boundary of a fixed window (LynSMS: the next full minute).</summary>
    public static TimeSpan UntilNextWindow(TimeSpan window, TimeProvider time)
    {
        var ticks = time.GetUtcNow().UtcTicks;
        var remainder = ticks % window.Ticks;
        return TimeSpan.FromTicks(window.Ticks - remainder);
    }

    /// <summary>
    /// What the SDK really waits for a server-given <paramref name="requested"/> wait: up to 10 % more, so that clients
    /// throttled together do not come back at the same instant, plus <see cref="ClockSkewMargin"/> when the wait is a
    /// point on the server's clock. Never less than asked.
    /// </summary>
    public static TimeSpan Spread(TimeSpan requested, bool clockBased)
    {
        var jitter = TimeSpan.FromTicks((long)(requested.Ticks * 0.1 * Random.Shared.NextDouble()));
        return requested + jitter + (clockBased ? ClockSkewMargin : TimeSpan.Zero);
    }

    /// <summary>
    /// Turns a point on the server's clock into the time it stands for on this clock, through the answer's <c>Date</c>
    /// (the server's clock too). When the two clocks differ by more than <see cref="ClockAgreement"/> (this host's clock
    /// was set back or forward, or is simply wrong) the point is moved by the difference; within it, the point is kept
    /// as is (a <c>Date</c> has whole seconds only, so smaller differences are noise that
    /// <see cref="ClockSkewMargin"/> covers), which also keeps every answer of one window naming the same end.
    /// Without a <c>Date</c> the clocks are taken to agree.
    /// </summary>
    public static DateTimeOffset ToClientTime(DateTimeOffset serverTime, HttpResponseHeaders headers, TimeProvider time)
    {
        if (headers.Date is not { } serverNow)
        {
            return serverTime;
        }

        var offset = time.GetUtcNow() - serverNow;
        if (offset.Duration() <= ClockAgreement)
        {
            return serverTime;
        }

        var bounded = offset > Ceiling ? Ceiling : offset < -Ceiling ? -Ceiling : offset;
        var moved = serverTime.UtcTicks + bounded.Ticks;
        return moved > DateTimeOffset.MaxValue.UtcTicks ? DateTimeOffset.MaxValue
            : moved < DateTimeOffset.MinValue.UtcTicks ? DateTimeOffset.MinValue
            : new DateTimeOffset(moved, TimeSpan.Zero);
    }

    private static TimeSpan Until(DateTimeOffset at, HttpResponseHeaders headers, TimeProvider time)
    {
        var delay = ToClientTime(at, headers, time) - time.GetUtcNow();
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > Ceiling ? Ceiling : delay;
    }

    private static TimeSpan Clamp(double seconds) =>
        seconds >= Ceiling.TotalSeconds ? Ceiling : TimeSpan.FromSeconds(seconds);
}
