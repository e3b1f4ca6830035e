using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.LynSms;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// A verified LynSMS webhook event. LynSMS retries failed deliveries, so the same event can arrive more than once:
/// make the handler idempotent on <see cref="Id"/>.
/// </summary>
public sealed record LynSmsWebhookEvent
{
    /// <summary>Gets the event id (<c>evt_…</c>); the same for every delivery of one event.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object kind (<c>event</c>).</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the event type; unknown types are kept.</summary>
    [JsonPropertyName("type")]
    public LynSmsWebhookEventType Type { get; init; }

    /// <summary>Gets when the event was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// Gets the message the event is about: the same model the API returns (<see cref="ILynSmsClient.GetSmsAsync"/>), with
    /// the subset of fields a delivery carries (id, recipient, sender, status, provider, <c>delivered_at</c>).
    /// </summary>
    [JsonPropertyName("data")]
    public LynSmsMessage? Data { get; init; }

    /// <summary>Gets members the SDK does not model, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// Gets a key that is the same for every delivery of this event and differs between events: the event
    /// <see cref="Id"/> (<c>evt_…</c>), which LynSMS keeps across retries. <see langword="null"/> when the event has no
    /// id, so an id-less event is never merged with another.
    /// </summary>
    [JsonIgnore]
    public string? DeduplicationKey => string.IsNullOrEmpty(Id) ? null : Id;

    /// <inheritdoc />
    public override string ToString() => $"LynSmsWebhookEvent {{ Id = {Id}, Type = {Type}, CreatedAt = {CreatedAt:O}, Data = {Data} }}";
}
