using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>The documented status of one record: <c>{"status": "success"|"error", "_user_id", "errors": {field: [messages]}}</c>.</summary>
public sealed record IngestItemStatus
{
    /// <summary>Gets the status (<c>success</c> or <c>error</c>; other values are kept).</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the record's <c>_user_id</c>.</summary>
    [JsonPropertyName("_user_id")]
    public string? UserId { get; init; }

    /// <summary>Gets the record's <c>_event_id</c>, for events.</summary>
    [JsonPropertyName("_event_id")]
    public string? EventId { get; init; }

    /// <summary>Gets the field errors, as raw JSON (<c>{"_email": ["Invalid format"]}</c> in the docs).</summary>
    [JsonPropertyName("errors")]
    public JsonElement? Errors { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the record was accepted.</summary>
    [JsonIgnore]
    public bool IsSuccess => Status is not null && (Status.Equals("success", StringComparison.OrdinalIgnoreCase) || Status.Equals("ok", StringComparison.OrdinalIgnoreCase) || Status.Equals("accepted", StringComparison.OrdinalIgnoreCase));
}
