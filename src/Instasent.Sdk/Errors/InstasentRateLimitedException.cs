namespace Instasent.Sdk.Errors;

/// <summary>
/// HTTP 429 that the SDK did not (or could no longer) wait out: retries were exhausted, the requested wait did not fit
/// in what was left of <see cref="InstasentClientOptions.TotalTimeout"/>, or <see cref="RateLimitMode.Throw"/> is set.
/// With pacing on (<see cref="InstasentClientOptions.Pacing"/>) it is also thrown before sending, when the token's budget
/// is spent until a window that does not fit in what is left of the total timeout (or at once with
/// <see cref="RateLimitMode.Throw"/>): then nothing was sent, <see cref="InstasentApiException.StatusCode"/> is 0 and
/// <see cref="RetryAfter"/> says when the budget comes back.
/// </summary>
public sealed class InstasentRateLimitedException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentRateLimitedException(InstasentErrorInfo info)
        : base(info)
    {
    }

    /// <summary>Gets how long the server asked to wait (from <c>Retry-After</c>, <c>retry-after-ms</c>, <c>X-RateLimit-Reset</c> or the documented window).</summary>
    public TimeSpan? RetryAfter => Info.RetryAfter;
}
