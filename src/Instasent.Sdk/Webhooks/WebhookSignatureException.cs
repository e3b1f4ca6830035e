namespace Instasent.Sdk.Webhooks;

/// <summary>
/// A webhook request did not carry a valid signature. Treat the request as forged: answer 400/401 and do not process
/// it. The message names the reason and the header only; the secret and the received signature are never included.
/// </summary>
public sealed class WebhookSignatureException : InstasentWebhookException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="provider">The sender, for example <c>LynSMS</c>.</param>
    /// <param name="reason">Why verification failed.</param>
    /// <param name="headerName">The header concerned.</param>
    /// <param name="detail">A short, secret-free explanation.</param>
    public WebhookSignatureException(string provider, WebhookSignatureFailureReason reason, string headerName, string detail)
        : base(provider, $"The {provider} webhook signature is not valid ({Describe(reason)}, header {headerName}): {detail}")
    {
        Reason = reason;
        HeaderName = headerName;
        Data["Instasent.Webhook.Reason"] = reason.ToString();
    }

    /// <summary>Gets why verification failed.</summary>
    public WebhookSignatureFailureReason Reason { get; }

    /// <summary>Gets the name of the header that was missing, unreadable or did not match.</summary>
    public string HeaderName { get; }

    private static string Describe(WebhookSignatureFailureReason reason) => reason switch
    {
        WebhookSignatureFailureReason.MissingHeader => "missing header",
        WebhookSignatureFailureReason.MalformedHeader => "malformed header",
        WebhookSignatureFailureReason.TimestampOutsideTolerance => "timestamp outside tolerance",
        WebhookSignatureFailureReason.SignatureMismatch => "signature mismatch",
        WebhookSignatureFailureReason.LegacySignatureRejected => "legacy signature not accepted",
        _ => reason.ToString(),
    };
}
