namespace Instasent.Sdk;

/// <summary>How the shared pipeline retries failed attempts.</summary>
public sealed class InstasentRetryOptions
{
    /// <summary>Gets or sets how many times one logical call may be retried (0 turns retries off). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the first backoff delay when the server gives no hint; it doubles per retry, with jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Gets or sets the longest wait before one retry. A server-requested wait (<c>Retry-After</c>, reset header) above
    /// it fails the call at once with <see cref="Errors.InstasentRateLimitedException"/> instead of sleeping; a computed
    /// backoff is cut down to it. Default 30 s.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets what to do with a 429. Default <see cref="RateLimitMode.Wait"/>.</summary>
    public RateLimitMode RateLimitMode { get; set; } = RateLimitMode.Wait;
}
