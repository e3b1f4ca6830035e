using System.Globalization;
using System.Net.Http.Headers;

namespace Instasent.Sdk.Http;

/// <summary>
/// Reads how long the server asked the client to wait. Every clock read goes through the call's
/// <see cref="TimeProvider"/>, including the HTTP-date form of <c>Retry-After</c> (Microsoft.Extensions.Http.Resilience
/// reads the system clock there, which makes such waits untestable).
/// </summary>
internal static class ServerRetryDelay
{
    /// <summary>Order: <c>Retry-After</c> (seconds or HTTP-date), <c>retry-after-ms</c>, <c>X-RateLimit-Reset</c> (Unix seconds).</summary>
    public static bool TryGet(HttpResponseHeaders headers, TimeProvider time, out TimeSpan delay, out RetryDelaySource source)
    {
        if (headers.NonValidated.TryGetValues("Retry-After", out var retryAfter))
        {
            foreach (var raw in retryAfter)
            {
                var value = raw.Trim();
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds))
                {
                    delay = FromSeconds(seconds);
                    source = RetryDelaySource.RetryAfter;
                    return true;
                }

                if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                    || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
                {
                    delay = NonNegative(date - time.GetUtcNow());
                    source = RetryDelaySource.RetryAfter;
                    return true;
                }
            }
        }

        if (headers.NonValidated.TryGetValues("retry-after-ms", out var retryAfterMs))
        {
            foreach (var raw in retryAfterMs)
            {
                if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && double.IsFinite(ms))
                {
                    delay = FromSeconds(ms / 1000);
                    source = RetryDelaySource.RetryAfterMilliseconds;
                    return true;
                }
            }
        }

        if (RateLimitInfo.ReadLong(headers, "X-RateLimit-Reset") is { } reset)
        {
            var now = time.GetUtcNow();
            // Unix seconds per the Instasent docs; a small number is read as "seconds from now" (some servers send that).
            var resetAt = reset > 1_000_000_000 && reset < 253402300799
                ? DateTimeOffset.FromUnixTimeSeconds(reset)
                : now + FromSeconds(reset);
            delay = NonNegative(resetAt - now);
            source = RetryDelaySource.RateLimitReset;
            return true;
        }

        delay = TimeSpan.Zero;
        source = RetryDelaySource.None;
        return false;
    }

    /// <summary>The wait until the next boundary of a fixed window (LynSMS: the next full minute).</summary>
    public static TimeSpan UntilNextWindow(TimeSpan window, TimeProvider time)
    {
        var ticks = time.GetUtcNow().UtcTicks;
        var remainder = ticks % window.Ticks;
        return TimeSpan.FromTicks(window.Ticks - remainder);
    }

    private static TimeSpan FromSeconds(double seconds) =>
        seconds <= 0 ? TimeSpan.Zero : seconds >= TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.MaxValue / 2 : TimeSpan.FromSeconds(seconds);

    private static TimeSpan NonNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
