using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// An event returned by event search or scroll. The response shape is not documented, so both the ingest spelling
/// (<c>_event_type</c>...) and the filter spelling (<c>event-type</c>, <c>created-at</c>) are read; everything else stays
/// in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record AudienceEvent
{
    /// <summary>Gets the server id of the event.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the de-duplication id given at ingest.</summary>
    [JsonPropertyName("_event_id")]
    public string? EventId { get; init; }

    /// <summary>Gets the event type (ingest spelling).</summary>
    [JsonPropertyName("_event_type")]
    public string? EventType { get; init; }

    /// <summary>Gets the event type (filter spelling).</summary>
    [JsonPropertyName("event-type")]
    public string? EventTypeKey { get; init; }

    /// <summary>Gets when the event happened.</summary>
    [JsonPropertyName("_event_date")]
    public DateTimeOffset? EventDate { get; init; }

    /// <summary>Gets when the event was created (filter spelling).</summary>
    [JsonPropertyName("created-at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the user id of the contact.</summary>
    [JsonPropertyName("_user_id")]
    public string? UserId { get; init; }

    /// <summary>Gets the audience id of the contact.</summary>
    [JsonPropertyName("audienceId")]
    public string? AudienceId { get; init; }

    /// <summary>Gets the event parameters.</summary>
    [JsonPropertyName("_event_parameters")]
    public IReadOnlyDictionary<string, JsonElement>? Parameters { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets the event type whichever spelling the server used.</summary>
    [JsonIgnore]
    public string? Type => EventType ?? EventTypeKey;
}
