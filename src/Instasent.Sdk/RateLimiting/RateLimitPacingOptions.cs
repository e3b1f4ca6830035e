namespace Instasent.Sdk.RateLimiting;

/// <summary>
/// Proactive pacing: before each attempt the client takes a permit from a budget per token that mirrors the server's
/// <c>X-RateLimit-Limit</c> / <c>-Remaining</c> / <c>-Reset</c>, and waits for the next window when the budget is spent,
/// instead of sending and getting a 429. Off by default. The budget lives in an <see cref="IRateLimitPacingStore"/>:
/// in process memory by default, shared by a whole fleet with a distributed store (Instasent.Sdk.StackExchangeRedis).
/// </summary>
public sealed class RateLimitPacingOptions
{
    /// <summary>Gets or sets whether attempts are paced. Default <see langword="false"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Gets or sets how long after the server's reset time a new window is trusted to have begun. The server's clock and
    /// this machine's may differ, and <c>X-RateLimit-Reset</c> is in whole seconds; starting the new window too early
    /// would earn 429s. Default 1 s (the same margin the retry policy adds to waits on the server's clock). Lower it only
    /// when the server's clock is known to agree with this one.
    /// </summary>
    public TimeSpan ResetMargin { get; set; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public override string ToString() => $"RateLimitPacingOptions {{ Enabled = {Enabled}, ResetMargin = {ResetMargin} }}";
}
