using System.Threading.RateLimiting;

namespace Instasent.Sdk.RateLimiting;

/// <summary>
/// The answer of <see cref="IRateLimitPacingStore.AcquireAsync"/>: a permit, or how long to wait before asking again
/// (<see cref="MetadataName.RetryAfter"/>). Holding it reserves nothing, so disposing it is optional.
/// </summary>
public sealed class RateLimitPacingLease : RateLimitLease
{
    private static readonly string[] RetryAfterName = [MetadataName.RetryAfter.Name];

    private RateLimitPacingLease(bool acquired, TimeSpan retryAfter)
    {
        IsAcquired = acquired;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets a granted permit.</summary>
    public static RateLimitPacingLease Granted { get; } = new(true, TimeSpan.Zero);

    /// <inheritdoc />
    public override bool IsAcquired { get; }

    /// <summary>Gets how long to wait before asking again; zero for a granted permit.</summary>
    public TimeSpan RetryAfter { get; }

    /// <inheritdoc />
    public override IEnumerable<string> MetadataNames => IsAcquired ? [] : RetryAfterName;

    /// <summary>Creates a refusal: the budget is spent until <paramref name="retryAfter"/> from now.</summary>
    /// <param name="retryAfter">How long to wait; negative values are read as zero.</param>
    /// <returns>The lease.</returns>
    public static RateLimitPacingLease Wait(TimeSpan retryAfter) => new(false, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);

    /// <inheritdoc />
    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (!IsAcquired && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = RetryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}
