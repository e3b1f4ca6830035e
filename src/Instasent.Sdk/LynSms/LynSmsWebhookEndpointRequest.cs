using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>A webhook endpoint to create with <c>POST /webhooks/create</c>.</summary>
/// <param name="Url">The HTTPS address LynSMS will POST events to.</param>
/// <param name="Events">The event types, for example <c>message.delivered</c> (see <see cref="LynSmsEventTypes"/>).</param>
public sealed record LynSmsWebhookEndpointRequest(
    [property: JsonPropertyName("url")] Uri Url,
    [property: JsonPropertyName("events")] IReadOnlyList<string> Events)
{
    /// <summary>Gets a description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }
}
