namespace Instasent.Sdk;

/// <summary>One HTTP attempt of a logical call, as recorded by the pipeline.</summary>
/// <remarks>Init properties rather than a positional record, so a fact recorded later can be added without breaking callers.</remarks>
public sealed record InstasentAttempt
{
    /// <summary>Initializes an attempt with the facts every attempt has.</summary>
    /// <param name="number">The 1-based attempt number.</param>
    /// <param name="statusCode">The HTTP status, or <see langword="null"/> when no response arrived.</param>
    /// <param name="outcome">A short, secret-free description of what happened (for example <c>429</c> or <c>timeout</c>).</param>
    /// <param name="duration">How long the attempt took.</param>
    public InstasentAttempt(int number, int? statusCode, string outcome, TimeSpan duration)
    {
        Number = number;
        StatusCode = statusCode;
        Outcome = outcome;
        Duration = duration;
    }

    /// <summary>Gets the 1-based attempt number.</summary>
    public int Number { get; init; }

    /// <summary>Gets the HTTP status, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets a short, secret-free description of what happened (for example <c>429</c> or <c>timeout</c>).</summary>
    public string Outcome { get; init; }

    /// <summary>Gets how long the attempt took.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Gets the wait chosen before the next attempt, if one followed.</summary>
    public TimeSpan? RetryDelay { get; init; }

    /// <summary>Gets where <see cref="RetryDelay"/> came from.</summary>
    public RetryDelaySource RetryDelaySource { get; init; }

    /// <inheritdoc />
    public override string ToString() => RetryDelay is { } delay
        ? $"#{Number} {Outcome} in {Duration.TotalMilliseconds:0} ms, retry after {delay.TotalMilliseconds:0} ms ({RetryDelaySource})"
        : $"#{Number} {Outcome} in {Duration.TotalMilliseconds:0} ms";
}
