using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>A segment. Only <c>uid</c>, <c>name</c> and <c>type</c> are known from the sources; the rest stays in <see cref="AdditionalProperties"/>.</summary>
public sealed record Segment
{
    /// <summary>Gets the segment UID (used by segment scroll).</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the type (for example dynamic segments need a <c>parameter</c>), kept as sent.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
