using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>The documented ingest answer: counters and one status per record.</summary>
public sealed record IngestBatchEntity
{
    /// <summary>Gets how many records were accepted.</summary>
    [JsonPropertyName("successful")]
    public int? Successful { get; init; }

    /// <summary>Gets how many records failed.</summary>
    [JsonPropertyName("failed")]
    public int? Failed { get; init; }

    /// <summary>Gets one status per record.</summary>
    [JsonPropertyName("items")]
    public IReadOnlyList<IngestItemStatus>? Items { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
