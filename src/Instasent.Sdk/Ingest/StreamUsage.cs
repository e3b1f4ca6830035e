using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>Usage counters of a datasource stream.</summary>
public sealed record StreamUsage
{
    /// <summary>Gets the stream id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the stream type.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets how many calls the stream received.</summary>
    [JsonPropertyName("callsTotal")]
    public long? CallsTotal { get; init; }

    /// <summary>Gets how many calls succeeded.</summary>
    [JsonPropertyName("callsSuccess")]
    public long? CallsSuccess { get; init; }

    /// <summary>Gets how many calls failed.</summary>
    [JsonPropertyName("callsFailures")]
    public long? CallsFailures { get; init; }

    /// <summary>Gets how many records were processed successfully.</summary>
    [JsonPropertyName("processedEntitiesSuccess")]
    public long? ProcessedEntitiesSuccess { get; init; }

    /// <summary>Gets how many records failed.</summary>
    [JsonPropertyName("processedEntitiesFailures")]
    public long? ProcessedEntitiesFailures { get; init; }

    /// <summary>Gets the time of the last call.</summary>
    [JsonPropertyName("lastCallTime")]
    public DateTimeOffset? LastCallTime { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
