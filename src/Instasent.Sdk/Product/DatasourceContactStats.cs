using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>Contact counters of a datasource.</summary>
public sealed record DatasourceContactStats
{
    /// <summary>Gets how many contacts the datasource holds.</summary>
    [JsonPropertyName("total")]
    public long? Total { get; init; }

    /// <summary>Gets how many of them have errors.</summary>
    [JsonPropertyName("errored")]
    public long? Errored { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
