namespace Instasent.Sdk;

/// <summary>What the pipeline does when the server answers 429.</summary>
public enum RateLimitMode
{
    /// <summary>
    /// Wait as the server asks (plus up to 10 % jitter), then retry, as long as the wait fits in what is left of
    /// <see cref="InstasentClientOptions.TotalTimeout"/>.
    /// </summary>
    Wait = 0,

    /// <summary>Throw <see cref="Errors.InstasentRateLimitedException"/> at once with the wait the server asked for; suits queue workers that reschedule themselves.</summary>
    Throw = 1,
}
