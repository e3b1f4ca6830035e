using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Microsoft.Extensions.Logging;
using Polly;

namespace Instasent.Sdk.RateLimiting;

/// <summary>
/// Proactive pacing (<see cref="RateLimitPacingOptions"/>), as a step of the resilience pipeline that sits inside the
/// retry and outside the attempt timeout:
/// <list type="bullet">
/// <item>inside the retry, so every attempt takes a permit (a retry after a 5xx spends quota as much as the first try)
/// and every answer, 429s included, feeds the budget;</item>
/// <item>inside the total timeout, so waiting for the next window spends the call's <c>TotalTimeout</c> like any other
/// wait, and a wait that cannot fit ends the call at once with <see cref="InstasentRateLimitedException"/>;</item>
/// <item>outside the attempt timeout, so a wait for the next window is not mistaken for a slow server (which would
/// fail a send that was never sent), and before the token is set, so no request leaves while waiting.</item>
/// </list>
/// The budget key is a hash of the attempt's token (<see cref="RateLimitPacingKey"/>). A store that fails (a Redis
/// outage) is logged and skipped: pacing only avoids 429s, which the retry policy still handles.
/// </summary>
internal sealed class RateLimitPacingStrategy : ResilienceStrategy<HttpResponseMessage>
{
    private readonly InstasentFamily family;
    private readonly Func<InstasentClientOptions> currentOptions;
    private readonly IRateLimitPacingStore store;
    private readonly ILogger logger;
    private CachedKey? lastKey;

    public RateLimitPacingStrategy(InstasentFamily family, Func<InstasentClientOptions> currentOptions, IRateLimitPacingStore store, ILogger logger)
    {
        this.family = family;
        this.currentOptions = currentOptions;
        this.store = store;
        this.logger = logger;
    }

    protected override ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        var call = InstasentCallContext.From(context.GetRequestMessage());
        // Unpaced attempts (pacing is off by default) pass straight through: no state machine of this strategy's own.
        return call is null || !call.Options.Pacing.Enabled || !call.Operation.RequiresToken
            || family.ResolveToken(currentOptions(), call) is not { Length: > 0 } token
            ? callback(context, state)
            : ExecutePacedAsync(callback, context, state, call, token);
    }

    private async ValueTask<Outcome<HttpResponseMessage>> ExecutePacedAsync<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state,
        InstasentCallContext call,
        string token)
    {
        var key = KeyFor(token);
        bool granted;
        try
        {
            granted = await WaitForPermitAsync(call, key, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }

        var outcome = await callback(context, state).ConfigureAwait(false);
        if (granted)
        {
            try
            {
                // Also without an answer: the store counts the permits still in flight. Not cancellable, or a
                // cancelled attempt would stay "in flight" until the window rolls over.
                var window = outcome.Result is { } response ? ReadWindow(response, call.TimeProvider) : null;
                await store.ObserveAsync(key, window, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                InstasentLog.PacingStoreFailed(logger, call.Operation.DisplayName, ex.GetType().Name);
            }
        }

        return outcome;
    }

    /// <summary>Waits for a permit; <see langword="false"/> when the store failed and the attempt goes on unpaced.</summary>
    private async Task<bool> WaitForPermitAsync(InstasentCallContext call, string key, CancellationToken cancellationToken)
    {
        var margin = call.Options.Pacing.ResetMargin;
        while (true)
        {
            RateLimitPacingLease lease;
            try
            {
                lease = await store.AcquireAsync(key, margin, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                InstasentLog.PacingStoreFailed(logger, call.Operation.DisplayName, ex.GetType().Name);
                return false;
            }

            if (lease.IsAcquired)
            {
                return true;
            }

            var wait = lease.RetryAfter;
            if (call.RateLimitMode == RateLimitMode.Throw || wait > call.Remaining)
            {
                // The same rule as a server-given wait: never sleep past the deadline, and a queue worker that asked
                // not to wait reschedules itself. Nothing was sent.
                call.ServerRetryAfter = wait;
                throw new InstasentRateLimitedException(call.ToErrorInfo() with
                {
                    ApiMessage = call.RateLimitMode == RateLimitMode.Throw
                        ? "The token's rate-limit budget is spent until the next window; nothing was sent (RateLimitMode.Throw)"
                        : "The token's rate-limit budget is spent until the next window, which does not fit in the remaining TotalTimeout; nothing was sent",
                });
            }

            if (logger.IsEnabled(LogLevel.Debug))
            {
                InstasentLog.Paced(logger, call.Operation.DisplayName, wait.TotalMilliseconds);
            }

            await Task.Delay(wait, call.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private string KeyFor(string token)
    {
        // Options hand out the same string instance until the token changes, so one hash per token, not per attempt.
        if (Volatile.Read(ref lastKey) is { } last && ReferenceEquals(last.Token, token))
        {
            return last.Key;
        }

        var key = RateLimitPacingKey.For(token);
        Volatile.Write(ref lastKey, new CachedKey(token, key));
        return key;
    }

    /// <summary>
    /// The window an answer describes: limit and remaining (a 429 without <c>Remaining</c> means none left), ending at
    /// <c>X-RateLimit-Reset</c> (a Unix time, placed on this clock through the answer's <c>Date</c>; "seconds from now"
    /// from this clock) or, for a family with a
    /// documented fixed window and no reset header (LynSMS), at the next window boundary. Nothing without a limit.
    /// </summary>
    internal RateLimitWindow? ReadWindow(HttpResponseMessage response, TimeProvider time)
    {
        var headers = response.Headers;
        var limit = RateLimitInfo.ReadLong(headers, "X-RateLimit-Limit");
        var remaining = RateLimitInfo.ReadLong(headers, "X-RateLimit-Remaining") ?? ((int)response.StatusCode == 429 ? 0 : null);
        if (limit is not > 0 || remaining is null)
        {
            return null;
        }

        DateTimeOffset resetAt;
        if (RateLimitInfo.FromHeaders(headers)?.ResetAt is { } absolute)
        {
            // A point on the server's clock; the store compares it with this one.
            resetAt = ServerRetryDelay.ToClientTime(absolute, headers, time);
        }
        else if (ServerRetryDelay.TryGetReset(headers, time, out var delay, out _))
        {
            resetAt = time.GetUtcNow() + delay;
        }
        else if (family.FixedRateLimitWindow is { } fixedWindow)
        {
            resetAt = time.GetUtcNow() + ServerRetryDelay.UntilNextWindow(fixedWindow, time);
        }
        else
        {
            return null;
        }

        return new RateLimitWindow(limit.Value, remaining.Value, resetAt);
    }

    private sealed record CachedKey(string Token, string Key);
}
