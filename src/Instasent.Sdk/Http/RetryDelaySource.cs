namespace Instasent.Sdk.Http;

/// <summary>Where the wait before a retry came from.</summary>
public enum RetryDelaySource
{
    /// <summary>No retry followed this attempt.</summary>
    None = 0,

    /// <summary>The <c>Retry-After</c> header (delta-seconds or HTTP-date).</summary>
    RetryAfter,

    /// <summary>The <c>retry-after-ms</c> header.</summary>
    RetryAfterMilliseconds,

    /// <summary>The <c>X-RateLimit-Reset</c> header (Unix seconds).</summary>
    RateLimitReset,

    /// <summary>The API's documented fixed rate-limit window (for example LynSMS's one-minute window).</summary>
    FixedWindow,

    /// <summary>Jittered exponential backoff, because the server gave no hint.</summary>
    Backoff,
}
