using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>One record of the observed ingest answer: its position in the batch, the record, and the error if it failed.</summary>
public sealed record IngestPositionedItem
{
    /// <summary>Gets the record's 0-based position in the batch.</summary>
    [JsonPropertyName("position")]
    public int? Position { get; init; }

    /// <summary>Gets the record as the server echoed it (for a delete, the user id string).</summary>
    [JsonPropertyName("item")]
    public JsonElement? Item { get; init; }

    /// <summary>Gets the error (a message, or an object of field errors).</summary>
    [JsonPropertyName("error")]
    public JsonElement? Error { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
