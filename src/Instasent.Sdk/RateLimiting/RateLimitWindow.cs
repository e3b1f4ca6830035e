namespace Instasent.Sdk.RateLimiting;

/// <summary>What one answer said about its token's rate-limit window, as fed to an <see cref="IRateLimitPacingStore"/>.</summary>
/// <param name="Limit">Requests allowed in the window (<c>X-RateLimit-Limit</c>).</param>
/// <param name="Remaining">Requests left in the window when the server answered (<c>X-RateLimit-Remaining</c>; 0 on a 429 without it).</param>
/// <param name="ResetAt">When the window ends (<c>X-RateLimit-Reset</c>, or the family's documented fixed window).</param>
public readonly record struct RateLimitWindow(long Limit, long Remaining, DateTimeOffset ResetAt);
