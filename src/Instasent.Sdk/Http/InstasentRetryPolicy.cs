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
/// <item>The wait is the server's (<c>Retry-After</c>, <c>retry-after-ms</c>, <c>X-RateLimit-Reset</c>, fixed window),
/// else jittered exponential backoff capped by <see cref="InstasentRetryOptions.MaxRetryDelay"/>. A server wait above
/// the cap, or any wait that does not fit the remaining total budget, ends the call at once instead of sleeping.</item>
/// </list>
/// The decision is stored on the call context; the delay generator only reads it back, so both agree by construction.
/// </summary>
internal sealed class InstasentRetryPolicy
{
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
        var source = RetryDelaySource.Backoff;
        bool transient;
        bool isRateLimit = false;

        if (response is not null)
        {
            var status = (int)response.StatusCode;
            if (status == 429)
            {
                transient = true;
                isRateLimit = true;
            }
            else if (status >= 500 || status == (int)HttpStatusCode.RequestTimeout)
            {
                transient = context.IsRetrySafe;
                if (!transient)
                {
                    context.StopReason = RetryStopReason.NotRetrySafe;
                    return false;
                }
            }
            else
            {
                context.StopReason = RetryStopReason.NotTransient;
                return false;
            }

            if (ServerRetryDelay.TryGet(response.Headers, time, out var delay, out var headerSource))
            {
                serverDelay = delay;
                source = headerSource;
            }
            else if (isRateLimit && family.FixedRateLimitWindow is { } window)
            {
                serverDelay = ServerRetryDelay.UntilNextWindow(window, time);
                source = RetryDelaySource.FixedWindow;
            }

            if (serverDelay is not null)
            {
                context.ServerRetryAfter = serverDelay;
            }
        }
        else
        {
            switch (outcome.Exception)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }:
                    // The request never left this machine, so even a non-idempotent POST can be sent again.
                    transient = true;
                    break;
                case HttpRequestException:
                case TimeoutRejectedException:
                case OperationCanceledException:
                case IOException:
                    transient = context.IsRetrySafe;
                    if (!transient)
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
        if (isRateLimit && retry.RateLimitMode == RateLimitMode.Throw)
        {
            context.StopReason = RetryStopReason.RateLimitModeThrow;
            return false;
        }

        if (retriesSoFar >= retry.MaxRetries)
        {
            context.StopReason = RetryStopReason.RetriesExhausted;
            return false;
        }

        TimeSpan wait;
        if (serverDelay is { } requested)
        {
            if (requested > retry.MaxRetryDelay)
            {
                context.StopReason = RetryStopReason.RetryAfterAboveCap;
                return false;
            }

            wait = requested;
        }
        else
        {
            wait = Backoff(retry, retriesSoFar);
        }

        if (wait >= context.Remaining)
        {
            context.StopReason = RetryStopReason.DeadlineTooClose;
            return false;
        }

        context.PendingDelay = wait;
        context.StopReason = RetryStopReason.None;
        context.SetRetryOnLastAttempt(wait, source);
        InstasentInstrumentation.RetryScheduled(context, wait, source, isRateLimit);
        InstasentLog.RetryScheduled(logger, context.Operation.DisplayName, retriesSoFar + 1, wait.TotalMilliseconds, source);
        return true;
    }

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
