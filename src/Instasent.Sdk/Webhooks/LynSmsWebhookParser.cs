using System.Text;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Reads and writes LynSMS webhook events. Parsing does not check the signature: use
/// <see cref="LynSmsWebhookVerifier.VerifyAndParse(string?, ReadOnlySpan{byte})"/> on incoming requests.
/// </summary>
public static class LynSmsWebhookParser
{
    /// <summary>Parses an event from a raw body.</summary>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookPayloadException">The body is not a LynSMS event object.</exception>
    public static LynSmsWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        var webhookEvent = WebhookJson.Read(body, WebhooksJsonContext.Default.LynSmsWebhookEvent, "LynSMS", "webhook event");
        return string.IsNullOrEmpty(webhookEvent.Type.Value)
            ? throw new WebhookPayloadException("LynSMS", "The LynSMS webhook event has no type.")
            : webhookEvent;
    }

    /// <summary>Parses an event from a raw body given as text.</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookPayloadException">The body is not a LynSMS event object.</exception>
    public static LynSmsWebhookEvent Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Parse(Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Writes an event in the LynSMS wire format (for tests, replays and forwarding).</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(LynSmsWebhookEvent webhookEvent) => WebhookJson.Write(webhookEvent, WebhooksJsonContext.Default.LynSmsWebhookEvent);
}
