using Instasent.Sdk.RateLimiting;
using Polly;
using Polly.Timeout;

namespace Instasent.Sdk.Http;

/// <summary>
/// The one resilience pipeline every family uses: total timeout, then retry, then per-attempt timeout.
/// There is deliberately no circuit breaker: the common HTTP breakers count 429 as a failure and would turn ordinary
/// throttling into hard failures. All waits and timeouts run on the injected <see cref="TimeProvider"/>.
/// </summary>
internal static class InstasentResiliencePipeline
{
    /// <param name="builder">The builder.</param>
    /// <param name="retryPolicy">The retry decision.</param>
    /// <param name="timeProvider">The clock of every wait and timeout.</param>
    /// <param name="pacing">
    /// The pacing step, placed between the retry and the attempt timeout (see <see cref="RateLimitPacingStrategy"/> for
    /// why there); it does nothing for a call whose options do not enable pacing.
    /// </param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, InstasentRetryPolicy retryPolicy, TimeProvider timeProvider, RateLimitPacingStrategy? pacing = null)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "InstasentTotalTimeout",
            TimeoutGenerator = args => new ValueTask<TimeSpan>(Positive(InstasentCallContext.From(args.Context.GetRequestMessage())?.TotalTimeout)),
        });
        var retry = retryPolicy.CreateStrategyOptions();
        var onRetry = retry.OnRetry;
        retry.OnRetry = args =>
        {
            // The resend guard lets a non-idempotent request reach the transport again only for retries started here.
            InstasentCallContext.From(args.Context.GetRequestMessage())?.RetryStartedBySdk();
            return onRetry?.Invoke(args) ?? default;
        };
        builder.AddRetry(retry);
        if (pacing is not null)
        {
            builder.AddStrategy(_ => pacing);
        }

        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "InstasentAttemptTimeout",
            TimeoutGenerator = args =>
            {
                // The effective attempt timeout: an attempt never outlives the call, so an AttemptTimeout longer than
                // TotalTimeout is not a configuration error, it is simply cut to it.
                var call = InstasentCallContext.From(args.Context.GetRequestMessage());
                return new ValueTask<TimeSpan>(Positive(call is null ? null : Min(call.Options.AttemptTimeout, call.TotalTimeout)));
            },
        });
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    // Polly reads a zero or negative timeout as "no timeout"; an unset context means the request did not come from the SDK.
    private static TimeSpan Positive(TimeSpan? value) => value is { } v && v > TimeSpan.Zero ? v : Timeout.InfiniteTimeSpan;
}
