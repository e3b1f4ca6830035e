namespace Instasent.Sdk.Webhooks;

/// <summary>The answer of <see cref="IWebhookDeduplicationStore.TryClaimAsync"/>.</summary>
public readonly record struct WebhookDeduplicationClaim
{
    private WebhookDeduplicationClaim(WebhookDeduplicationStatus status, string? leaseToken, TimeSpan? retryAfter)
    {
        Status = status;
        LeaseToken = leaseToken;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets a claim saying the delivery was already handled.</summary>
    public static WebhookDeduplicationClaim Completed { get; } = new(WebhookDeduplicationStatus.Completed, null, null);

    /// <summary>Gets what the store found.</summary>
    public WebhookDeduplicationStatus Status { get; }

    /// <summary>
    /// Gets the token identifying this caller's lease when <see cref="Status"/> is
    /// <see cref="WebhookDeduplicationStatus.Claimed"/> (pass it to <see cref="IWebhookDeduplicationStore.ReleaseAsync"/>);
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? LeaseToken { get; }

    /// <summary>
    /// Gets, when <see cref="Status"/> is <see cref="WebhookDeduplicationStatus.InProgress"/>, how long the other
    /// delivery's lease still holds, if the store knows; otherwise <see langword="null"/>.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Creates a claim held by the caller.</summary>
    /// <param name="leaseToken">A value unique to this claim, so only its holder can release it.</param>
    /// <returns>The claim.</returns>
    public static WebhookDeduplicationClaim Claimed(string leaseToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(leaseToken);
        return new(WebhookDeduplicationStatus.Claimed, leaseToken, null);
    }

    /// <summary>Creates a claim saying another copy of the delivery is being handled.</summary>
    /// <param name="retryAfter">How long that copy's lease still holds, if known.</param>
    /// <returns>The claim.</returns>
    public static WebhookDeduplicationClaim InProgress(TimeSpan? retryAfter = null) =>
        new(WebhookDeduplicationStatus.InProgress, null, retryAfter is { } wait && wait < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);
}
