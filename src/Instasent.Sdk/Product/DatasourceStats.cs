using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>Statistics of a datasource (<c>GET .../datasource/{id}/stats</c>).</summary>
public sealed record DatasourceStats
{
    /// <summary>Gets the contact counters.</summary>
    [JsonPropertyName("contacts")]
    public DatasourceContactStats? Contacts { get; init; }

    /// <summary>Gets the datasource.</summary>
    [JsonPropertyName("datasource")]
    public Datasource? Datasource { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
