namespace Instasent.Sdk.Webhooks;

/// <summary>
/// A webhook body (usually already verified) is not the JSON the SDK expects. The message describes the problem and
/// the JSON path only; it never contains the payload, which holds phone numbers.
/// </summary>
public sealed class WebhookPayloadException : InstasentWebhookException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="provider">The sender, for example <c>LynSMS</c>.</param>
    /// <param name="message">What is wrong with the payload.</param>
    /// <param name="innerException">The underlying parser exception, if any.</param>
    public WebhookPayloadException(string provider, string message, Exception? innerException = null)
        : base(provider, message, innerException)
    {
    }
}
