namespace Instasent.Sdk.Webhooks;

/// <summary>How <see cref="LynSmsWebhookVerifier"/> checks the <c>LynSMS-Signature</c> header.</summary>
public sealed class LynSmsWebhookOptions
{
    /// <summary>Gets or sets the endpoint's <c>signing_secret</c>.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>
    /// Gets or sets more secrets accepted as well, for rotating a secret without downtime (keep the old one here until
    /// every in-flight retry has arrived).
    /// </summary>
    public IList<string> AdditionalSigningSecrets { get; set; } = [];

    /// <summary>
    /// Gets or sets how far the signed timestamp may be from the current time, either way. Default 5 minutes (LynSMS does not
    /// document its window; 5 minutes is the usual choice for this Stripe-style scheme).
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns the check off (only for replaying captured requests in tests).
    /// </summary>
    public TimeSpan Tolerance { get; set; } = LynSmsWebhookVerifier.DefaultTolerance;
}
