namespace Instasent.Sdk;

/// <summary>How the shared pipeline retries failed attempts.</summary>
public sealed class InstasentRetryOptions
{
    /// <summary>Gets or sets how many times one logical call may be retried (0 turns retries off). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the first backoff delay when the server gives no wait; it doubles per retry, with ±20 % jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Gets or sets the longest backoff the SDK computes itself (when the server gave no wait). Default 30 s.
    /// </summary>
    /// <remarks>
    /// It does not cap a wait the server asked for (<c>Retry-After</c>, <c>X-RateLimit-Reset</c>, LynSMS's one-minute
    /// window): such a wait is what it takes to succeed, so it is bounded by what is left of
    /// <see cref="InstasentClientOptions.TotalTimeout"/> instead. A server wait that does not fit ends the call at once,
    /// on a 429 with <see cref="Errors.InstasentRateLimitedException"/> (its <c>RetryAfter</c> says how long the server
    /// asked for), on a 503 with <see cref="Errors.InstasentServerException"/>;
    /// to never wait on 429 at all, use <see cref="RateLimitMode.Throw"/>. A value above <c>TotalTimeout</c> is allowed:
    /// a backoff that would pass the deadline ends the call instead.
    /// </remarks>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets what to do with a 429. Default <see cref="RateLimitMode.Wait"/>.</summary>
    public RateLimitMode RateLimitMode { get; set; } = RateLimitMode.Wait;
}
