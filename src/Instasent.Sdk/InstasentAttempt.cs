namespace Instasent.Sdk;

/// <summary>One HTTP attempt of a logical call, as recorded by the pipeline.</summary>
/// <param name="Number">The 1-based attempt number.</param>
/// <param name="StatusCode">The HTTP status, or <see langword="null"/> when no response arrived.</param>
/// <param name="Outcome">A short, secret-free description of what happened (for example <c>429</c> or <c>timeout</c>).</param>
/// <param name="Duration">How long the attempt took.</param>
/// <param name="RetryDelay">The wait chosen before the next attempt, if one followed.</param>
/// <param name="RetryDelaySource">Where <paramref name="RetryDelay"/> came from.</param>
public sealed record InstasentAttempt(
    int Number,
    int? StatusCode,
    string Outcome,
    TimeSpan Duration,
    TimeSpan? RetryDelay = null,
    RetryDelaySource RetryDelaySource = RetryDelaySource.None)
{
    /// <inheritdoc />
    public override string ToString() => RetryDelay is { } delay
        ? $"#{Number} {Outcome} in {Duration.TotalMilliseconds:0} ms, retry after {delay.TotalMilliseconds:0} ms ({RetryDelaySource})"
        : $"#{Number} {Outcome} in {Duration.TotalMilliseconds:0} ms";
}
