using System.Globalization;
using System.Net.Http.Headers;
using Instasent.Sdk.Http;

namespace Instasent.Sdk;

/// <summary>The rate-limit headers of a response (<c>X-RateLimit-Limit</c>, <c>-Remaining</c>, <c>-Reset</c>).</summary>
/// <param name="Limit">Requests allowed in the current window.</param>
/// <param name="Remaining">Requests left in the current window.</param>
/// <param name="ResetAt">When the window resets, if the server said so as a Unix time (seconds or milliseconds).</param>
public sealed record RateLimitInfo(long? Limit, long? Remaining, DateTimeOffset? ResetAt)
{
    /// <summary>Reads the rate-limit headers; <see langword="null"/> when the response has none.</summary>
    /// <param name="headers">The response headers.</param>
    /// <returns>The parsed values, or <see langword="null"/>.</returns>
    public static RateLimitInfo? FromHeaders(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var limit = ReadLong(headers, "X-RateLimit-Limit");
        var remaining = ReadLong(headers, "X-RateLimit-Remaining");
        var reset = ReadLong(headers, "X-RateLimit-Reset");
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        // A small reset means "seconds from now", which needs the call's clock: the retry policy uses it, this reader leaves it out.
        return new RateLimitInfo(limit, remaining, reset is { } value ? ServerRetryDelay.UnixResetTime(value) : null);
    }

    internal static long? ReadLong(HttpResponseHeaders headers, string name)
    {
        if (headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                if (long.TryParse(value.AsSpan().Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }
        }

        return null;
    }
}
