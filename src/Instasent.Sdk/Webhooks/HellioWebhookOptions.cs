namespace Instasent.Sdk.Webhooks;

/// <summary>How <see cref="HellioWebhookVerifier"/> checks Hellio delivery-receipt signatures.</summary>
public sealed class HellioWebhookOptions
{
    /// <summary>Gets or sets the webhook endpoint's signing secret (returned once, when the endpoint is created).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Gets or sets more secrets accepted as well, for rotating without downtime.</summary>
    public IList<string> AdditionalSigningSecrets { get; set; } = [];

    /// <summary>
    /// Gets or sets how far <c>X-Hellio-Timestamp</c> may be from the current time, either way. Default 5 minutes (Hellio
    /// does not document a window). <see cref="Timeout.InfiniteTimeSpan"/> turns the check off.
    /// </summary>
    public TimeSpan Tolerance { get; set; } = HellioWebhookVerifier.DefaultTolerance;

    /// <summary>
    /// Gets or sets whether only the timestamped <c>X-Hellio-Signature-V2</c> is accepted. Off by default, because the
    /// body-only <c>X-Hellio-Signature</c> is still documented; turn it on once your endpoint receives V2, since a V1
    /// signature never expires and a captured request could be replayed.
    /// </summary>
    public bool RequireTimestampedSignature { get; set; }
}
