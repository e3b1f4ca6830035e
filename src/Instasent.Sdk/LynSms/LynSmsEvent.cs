using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// An event as listed by the webhook-events endpoint (<c>object = "event"</c>); the same shape LynSMS delivers to
/// webhook endpoints. Verifying and parsing deliveries is done by <c>Instasent.Sdk.Webhooks</c>.
/// </summary>
public sealed record LynSmsEvent
{
    /// <summary>Gets the id (<c>evt_</c> and 25 characters).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object type.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the event type (see <see cref="LynSmsEventTypes"/>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets when the event happened.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the message the event is about (a subset of its fields).</summary>
    [JsonPropertyName("data")]
    public LynSmsMessage? Data { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
