using System.Text;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Reads and writes Hellio webhook payloads. Parsing does not check signatures: use <see cref="HellioWebhookVerifier"/>
/// and <see cref="HellioUssdCallbackVerifier"/> on incoming requests.
/// </summary>
public static class HellioWebhookParser
{
    private const string Provider = "Hellio";

    /// <summary>Parses a delivery receipt from a raw body.</summary>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="WebhookPayloadException">The body is not a delivery-receipt object.</exception>
    public static HellioWebhookEvent ParseEvent(ReadOnlySpan<byte> body)
    {
        var webhookEvent = WebhookJson.Read(body, WebhooksJsonContext.Default.HellioWebhookEvent, Provider, "webhook event");
        return string.IsNullOrEmpty(webhookEvent.Event.Value)
            ? throw new WebhookPayloadException(Provider, "The Hellio webhook event has no event name.")
            : webhookEvent;
    }

    /// <summary>Parses a delivery receipt from a raw body given as text.</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="WebhookPayloadException">The body is not a delivery-receipt object.</exception>
    public static HellioWebhookEvent ParseEvent(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ParseEvent(Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Parses a USSD callback from a raw body.</summary>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The callback.</returns>
    /// <exception cref="WebhookPayloadException">The body is not a USSD callback object.</exception>
    public static HellioUssdCallback ParseUssdCallback(ReadOnlySpan<byte> body)
    {
        var callback = WebhookJson.Read(body, WebhooksJsonContext.Default.HellioUssdCallback, Provider, "USSD callback");
        return string.IsNullOrEmpty(callback.SessionId)
            ? throw new WebhookPayloadException(Provider, "The Hellio USSD callback has no sessionId.")
            : callback;
    }

    /// <summary>Writes a delivery receipt in the Hellio wire format (for tests, replays and forwarding).</summary>
    /// <param name="webhookEvent">The receipt.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(HellioWebhookEvent webhookEvent) => WebhookJson.Write(webhookEvent, WebhooksJsonContext.Default.HellioWebhookEvent);

    /// <summary>Writes a USSD callback in the Hellio wire format (for tests).</summary>
    /// <param name="callback">The callback.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(HellioUssdCallback callback) => WebhookJson.Write(callback, WebhooksJsonContext.Default.HellioUssdCallback);

    /// <summary>Writes the answer to a USSD callback: <c>{"message": …, "action": "continue"|"end"}</c>.</summary>
    /// <param name="reply">The reply.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(HellioUssdReply reply) => WebhookJson.Write(reply, WebhooksJsonContext.Default.HellioUssdReply);

    /// <summary>Parses the answer to a USSD callback (for tests of your own USSD handler).</summary>
    /// <param name="body">The raw body.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="WebhookPayloadException">The body is not a USSD reply object.</exception>
    public static HellioUssdReply ParseUssdReply(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return WebhookJson.Read(Encoding.UTF8.GetBytes(body), WebhooksJsonContext.Default.HellioUssdReply, Provider, "USSD reply");
    }
}
