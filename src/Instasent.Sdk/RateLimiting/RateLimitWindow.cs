namespace Instasent.Sdk.RateLimiting;

/// <summary>What one answer said about its token's rate-limit window, as fed to an <see cref="IRateLimitPacingStore"/>.</summary>
/// <remarks>Init properties rather than a positional record, so a fact added later does not break stores or callers.</remarks>
public readonly record struct RateLimitWindow
{
    /// <summary>Initializes a window.</summary>
    /// <param name="limit">Requests allowed in the window (<c>X-RateLimit-Limit</c>).</param>
    /// <param name="remaining">Requests left in the window when the server answered (<c>X-RateLimit-Remaining</c>; 0 on a 429 without it).</param>
    /// <param name="resetAt">When the window ends (<c>X-RateLimit-Reset</c>, or the family's documented fixed window).</param>
    public RateLimitWindow(long limit, long remaining, DateTimeOffset resetAt)
    {
        Limit = limit;
        Remaining = remaining;
        ResetAt = resetAt;
    }

    /// <summary>Gets the requests allowed in the window (<c>X-RateLimit-Limit</c>).</summary>
    public long Limit { get; init; }

    /// <summary>Gets the requests left in the window when the server answered (<c>X-RateLimit-Remaining</c>; 0 on a 429 without it).</summary>
    public long Remaining { get; init; }

    /// <summary>Gets when the window ends (<c>X-RateLimit-Reset</c>, or the family's documented fixed window).</summary>
    public DateTimeOffset ResetAt { get; init; }
}
