namespace Instasent.Sdk;

/// <summary>What the pipeline does when the server answers 429.</summary>
public enum RateLimitMode
{
    /// <summary>Wait as the server asks (within <see cref="InstasentRetryOptions.MaxRetryDelay"/> and the total timeout), then retry.</summary>
    Wait = 0,

    /// <summary>Throw <see cref="Errors.InstasentRateLimitedException"/> at once with the wait the server asked for; suits queue workers that reschedule themselves.</summary>
    Throw = 1,
}
