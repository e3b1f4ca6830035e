using System.Net;
using Instasent.Sdk.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Instasent.Sdk.Http;

/// <summary>
/// The retry decision of the shared pipeline. Rules, in order:
/// <list type="number">
/// <item>Never after the caller cancelled.</item>
/// <item>429 is always retryable (the server did no work); connect failures too (the request never left).</item>
/// <item>5xx, 408, attempt timeouts and broken connections only when the operation is safe to repeat
/// (<see cref="RetrySafety.Idempotent"/>, or a POST carrying an <c>Idempotency-Key</c> its endpoint honours).</item>
/// <item>A 409 whose error code the family names as "this key is still in flight"
/// (<see cref="InstasentFamily.KeyInFlightErrorCode"/>) on a call that sent a key: the first request is still being
/// processed, so the same key is sent again after a backoff until the stored answer is replayed or the deadline comes.
/// These retries do not use up <see cref="InstasentRetryOptions.MaxRetries"/> (the attempt timeout that usually causes
/// them already did), but they stop when retries are off and after <see cref="MaxKeyInFlightRetries"/>.</item>
/// <item>Which server hint sets the wait depends on the status, because Instasent sends <c>X-RateLimit-*</c> on every
/// response and servers put <c>Retry-After</c> on errors where it does not mean "wait": on 429, <c>Retry-After</c>,
/// <c>retry-after-ms</c>, <c>X-RateLimit-Reset</c>, then the family's fixed window; on 503, only <c>Retry-After</c> and
/// <c>retry-after-ms</c>; on everything else, jittered exponential backoff capped by
/// <see cref="InstasentRetryOptions.MaxRetryDelay"/>.</item>
/// <item>A server wait gets 0–10 % jitter (and a margin when it is a point on the server's clock; see
/// <see cref="ServerRetryDelay.Spread"/>). It is bounded only by what is left of
/// <see cref="InstasentClientOptions.TotalTimeout"/>: a wait that does not fit ends the call at once instead of sleeping
/// past the deadline; one that fits only without its jitter is waited without it.</item>
/// </list>
/// The decision is stored on the call context; the delay generator only reads it back, so both agree by construction.
/// </summary>
internal sealed class InstasentRetryPolicy
{
    /// <summary>The most "key still in flight" retries of one call, whatever the deadline (a zero backoff would spin otherwise).</summary>
    public const int MaxKeyInFlightRetries = 20;

    private readonly InstasentFamily family;
    private readonly ILogger logger;

    public InstasentRetryPolicy(InstasentFamily family, ILogger logger)
    {
        this.family = family;
        this.logger = logger;
    }

    public RetryStrategyOptions<HttpResponseMessage> CreateStrategyOptions() => new()
    {
        // The real limit is read per call from the options snapshot (MaxRetries), so it can change at runtime.
        MaxRetryAttempts = int.MaxValue,
        BackoffType = DelayBackoffType.Constant,
        Delay = TimeSpan.Zero,
        UseJitter = false,
        ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.AttemptNumber, args.Context)),
        DelayGenerator = args => new ValueTask<TimeSpan?>(InstasentCallContext.From(args.Context.GetRequestMessage())?.PendingDelay ?? TimeSpan.Zero),
        Name = "InstasentRetry",
    };

    internal bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int retriesSoFar, ResilienceContext resilience)
    {
        var context = InstasentCallContext.From(resilience.GetRequestMessage());
        if (context is null)
        {
            return false;
        }

        if (resilience.CancellationToken.IsCancellationRequested)
        {
            context.StopReason = RetryStopReason.CallerCancelled;
            return false;
        }

        var time = context.TimeProvider;
        var response = outcome.Result;
        TimeSpan? serverDelay = null;
        var clockBased = false;
        var source = RetryDelaySource.Backoff;
        var isRateLimit = false;
        var keyInFlight = false;

        if (response is not null)
        {
            var status = (int)response.StatusCode;
            if (status == 429)
            {
                isRateLimit = true;
            }
            else if (status >= 500 || status == (int)HttpStatusCode.RequestTimeout)
            {
                if (!context.IsRetrySafe)
                {
                    context.StopReason = RetryStopReason.NotRetrySafe;
                    return false;
                }
            }
            else if (status == (int)HttpStatusCode.Conflict && IsKeyInFlight(response, context))
            {
                keyInFlight = true;
            }
            else
            {
                context.StopReason = RetryStopReason.NotTransient;
                return false;
            }

            if (status is 429 or 503)
            {
                if (ServerRetryDelay.TryGetRetryAfter(response.Headers, time, out var delay, out var headerSource, out clockBased))
                {
                    serverDelay = delay;
                    source = headerSource;
                }
                else if (status == 429 && ServerRetryDelay.TryGetReset(response.Headers, time, out delay, out clockBased))
                {
                    serverDelay = delay;
                    source = RetryDelaySource.RateLimitReset;
                }
                else if (status == 429 && family.FixedRateLimitWindow is { } window)
                {
                    serverDelay = ServerRetryDelay.UntilNextWindow(window, time);
                    source = RetryDelaySource.FixedWindow;
                    clockBased = true;
                }

                if (serverDelay is not null)
                {
                    context.ServerRetryAfter = serverDelay;
                }
            }
        }
        else
        {
            switch (outcome.Exception)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }:
                    // The request never left this machine, so even a non-idempotent POST can be sent again.
                    break;
                case HttpRequestException:
                case TimeoutRejectedException:
                case OperationCanceledException:
                case IOException:
                    if (!context.IsRetrySafe)
                    {
                        context.StopReason = RetryStopReason.NotRetrySafe;
                        return false;
                    }

                    break;
                default:
                    context.StopReason = RetryStopReason.NotTransient;
                    return false;
            }
        }

        var retry = context.Options.Retry;
        if (isRateLimit && context.RateLimitMode == RateLimitMode.Throw)
        {
            context.StopReason = RetryStopReason.RateLimitModeThrow;
            return false;
        }

        var exhausted = keyInFlight
            ? retry.MaxRetries == 0 || context.KeyInFlightRetries >= MaxKeyInFlightRetries
            : retriesSoFar - context.KeyInFlightRetries >= retry.MaxRetries;
        if (exhausted)
        {
            context.StopReason = RetryStopReason.RetriesExhausted;
            return false;
        }

        var remaining = context.Remaining;
        TimeSpan wait;
        if (serverDelay is { } requested)
        {
            if (requested >= remaining)
            {
                context.StopReason = RetryStopReason.DeadlineTooClose;
                return false;
            }

            wait = ServerRetryDelay.Spread(requested, clockBased);
            if (wait >= remaining)
            {
                wait = requested;
            }
        }
        else
        {
            wait = Backoff(retry, retriesSoFar);
            if (wait >= remaining)
            {
                context.StopReason = RetryStopReason.DeadlineTooClose;
                return false;
            }
        }

        if (keyInFlight)
        {
            context.KeyInFlightRetries++;
        }

        context.PendingDelay = wait;
        context.StopReason = RetryStopReason.None;
        context.SetRetryOnLastAttempt(wait, source);
        InstasentInstrumentation.RetryScheduled(context, wait, source, isRateLimit);
        InstasentLog.RetryScheduled(logger, context.Operation.DisplayName, retriesSoFar + 1, wait.TotalMilliseconds, source);
        return true;
    }

    // Only a call that sent a key can be "in flight" under that key; the body was buffered by the attempt handler.
    private bool IsKeyInFlight(HttpResponseMessage response, InstasentCallContext context) =>
        family.KeyInFlightErrorCode is { } code
        && !string.IsNullOrEmpty(context.IdempotencyKey)
        && response.Content is BufferedBodyContent buffered
        && string.Equals(family.ErrorReader.Read((int)response.StatusCode, buffered.Body.Span).ErrorCode, code, StringComparison.OrdinalIgnoreCase);

    internal static TimeSpan Backoff(InstasentRetryOptions retry, int retriesSoFar)
    {
        // Exponential with jitter in [0.8, 1.2) so that clients throttled together do not come back together.
        var exponent = Math.Min(retriesSoFar, 16);
        var baseMs = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        var jittered = baseMs * (0.8 + (Random.Shared.NextDouble() * 0.4));
        var capped = Math.Min(jittered, retry.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(Math.Max(0, capped));
    }
}
