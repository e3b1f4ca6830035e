namespace Instasent.Sdk;

/// <summary>Where the wait before a retry came from.</summary>
public enum RetryDelaySource
{
    /// <summary>No retry followed this attempt.</summary>
    None = 0,

    /// <summary>The <c>Retry-After</c> header (delta-seconds or HTTP-date); used on 429 and 503 only.</summary>
    RetryAfter,

    /// <summary>The <c>retry-after-ms</c> header.</summary>
    RetryAfterMilliseconds,

    /// <summary>The <c>X-RateLimit-Reset</c> header (Unix seconds, Unix milliseconds or seconds from now); used on 429 only.</summary>
    RateLimitReset,

    /// <summary>The API's documented fixed rate-limit window (for example LynSMS's one-minute window); used on 429 only.</summary>
    FixedWindow,

    /// <summary>Jittered exponential backoff: the server gave no wait, or gave one for a status where it does not mean "wait" (a 500 with <c>Retry-After</c>).</summary>
    Backoff,
}
