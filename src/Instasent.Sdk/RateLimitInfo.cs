using System.Globalization;
using System.Net.Http.Headers;
using Instasent.Sdk.Http;

namespace Instasent.Sdk;

/// <summary>The rate-limit headers of a response (<c>X-RateLimit-Limit</c>, <c>-Remaining</c>, <c>-Reset</c>).</summary>
/// <remarks>Init properties rather than a positional record, so a header read later (a policy name, say) can be added without breaking callers.</remarks>
public sealed record RateLimitInfo
{
    /// <summary>Gets the requests allowed in the current window.</summary>
    public long? Limit { get; init; }

    /// <summary>Gets the requests left in the current window.</summary>
    public long? Remaining { get; init; }

    /// <summary>Gets when the window resets, if the server said so as a Unix time (seconds or milliseconds).</summary>
    public DateTimeOffset? ResetAt { get; init; }

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
        return new RateLimitInfo { Limit = limit, Remaining = remaining, ResetAt = reset is { } value ? ServerRetryDelay.UnixResetTime(value) : null };
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
