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
    /// Gets or sets whether requests signed only with the body-only <c>X-Hellio-Signature</c> (V1) are accepted. Off by
    /// default: a V1 signature carries no timestamp and never expires, so anyone who captured one delivery (a log, a
    /// proxy) could replay it forever, and stripping the V2 headers from a fresh delivery would downgrade it to V1.
    /// Rejected requests fail with <see cref="WebhookSignatureFailureReason.LegacySignatureRejected"/>. Turn it on only
    /// for a Hellio endpoint that does not send <c>X-Hellio-Signature-V2</c>, and prefer deduplication then.
    /// </summary>
    public bool AllowLegacyV1Signatures { get; set; }
}
