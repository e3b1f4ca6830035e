namespace Instasent.Sdk.Product;

/// <summary>Optional details of an SMS or e-mail unsubscribe stream action.</summary>
public sealed record UnsubscribeOptions
{
    /// <summary>Gets why the contact unsubscribed.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the <c>utm-source</c> to record.</summary>
    public string? UtmSource { get; init; }

    /// <summary>Gets the <c>utm-medium</c> to record.</summary>
    public string? UtmMedium { get; init; }

    /// <summary>Gets the <c>utm-campaign</c> to record.</summary>
    public string? UtmCampaign { get; init; }

    /// <summary>Gets whether the server processes the action before answering (<c>_sync=true</c>) instead of queuing it.</summary>
    public bool Sync { get; init; }
}
