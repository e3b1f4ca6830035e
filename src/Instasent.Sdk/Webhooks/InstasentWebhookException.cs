namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Base of the failures raised while verifying or reading an incoming webhook. Messages never contain the signing
/// secret, the received signature or the payload.
/// </summary>
public abstract class InstasentWebhookException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="provider">The sender, for example <c>LynSMS</c>.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected InstasentWebhookException(string provider, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Provider = provider;
        Data["Instasent.Webhook.Provider"] = provider;
    }

    /// <summary>Gets the sender whose webhook failed, for example <c>LynSMS</c>, <c>Hellio</c> or <c>Instasent</c>.</summary>
    public string Provider { get; }
}
