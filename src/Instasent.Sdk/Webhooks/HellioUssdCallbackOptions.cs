namespace Instasent.Sdk.Webhooks;

/// <summary>The secrets of a Hellio USSD app, used by <see cref="HellioUssdCallbackVerifier"/>.</summary>
public sealed class HellioUssdCallbackOptions
{
    /// <summary>Gets or sets the app's test secret (<c>ussk_test_…</c>); leave empty to refuse test-mode callbacks.</summary>
    public string? TestSecret { get; set; }

    /// <summary>Gets or sets the app's live secret (<c>ussk_live_…</c>); leave empty to refuse live-mode callbacks.</summary>
    public string? LiveSecret { get; set; }
}
