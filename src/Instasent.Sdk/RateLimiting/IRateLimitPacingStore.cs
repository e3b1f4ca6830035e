namespace Instasent.Sdk.RateLimiting;

/// <summary>
/// Where the pacing budget of each token lives (<see cref="RateLimitPacingOptions"/>). Keys are a truncated SHA-256 of
/// the token, never the token. <see cref="InMemoryRateLimitPacingStore"/> is the default and the reference semantics;
/// Instasent.Sdk.StackExchangeRedis shares one budget across a fleet with the same rules in one Lua script.
/// </summary>
/// <remarks>
/// <para>The budget follows the server's fixed window: it is the <see cref="RateLimitWindow.Limit"/> of the window that
/// ends at <see cref="RateLimitWindow.ResetAt"/>, less every permit granted in it and never more than the server says
/// remains (which counts requests from elsewhere too).</para>
/// <list type="bullet">
/// <item><description>Nothing known yet: permits are granted (and counted).</description></item>
/// <item><description>Budget left: a permit is granted and counted.</description></item>
/// <item><description>Budget spent: wait until the reset time plus the reset margin.</description></item>
/// <item><description>Between the reset time and the margin nothing is granted; after it the next window begins with
/// the full limit less the permits still in flight (granted, not yet answered: they may land in the new window), until
/// the first answer from that window says when it ends.</description></item>
/// <item><description>An answer from a window that already ended is ignored.</description></item>
/// </list>
/// </remarks>
public interface IRateLimitPacingStore
{
    /// <summary>
    /// Takes one permit for <paramref name="key"/>, or says how long to wait. Never waits itself: the caller waits on its
    /// own <see cref="TimeProvider"/> and asks again.
    /// </summary>
    /// <param name="key">The token's key.</param>
    /// <param name="resetMargin">How long after the server's reset time the next window is trusted to have begun (<see cref="RateLimitPacingOptions.ResetMargin"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A granted lease, or a refused one whose <see cref="RateLimitPacingLease.RetryAfter"/> says how long to wait.</returns>
    ValueTask<RateLimitPacingLease> AcquireAsync(string key, TimeSpan resetMargin, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends the attempt a permit was granted for, feeding what its answer said about the token's window. Called exactly
    /// once per granted permit, also when the attempt failed, so the store knows how many permits are still in flight.
    /// </summary>
    /// <param name="key">The token's key.</param>
    /// <param name="window">The answer's rate-limit headers; <see langword="null"/> when it had none or the attempt got no answer.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the budget is updated.</returns>
    ValueTask ObserveAsync(string key, RateLimitWindow? window, CancellationToken cancellationToken = default);
}
