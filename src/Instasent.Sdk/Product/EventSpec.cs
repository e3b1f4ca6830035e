using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The specification of one event type.</summary>
public sealed record EventSpec
{
    /// <summary>Gets the event type (the value of <c>_event_type</c>).</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the emoji.</summary>
    [JsonPropertyName("emoji")]
    public string? Emoji { get; init; }

    /// <summary>Gets the category.</summary>
    [JsonPropertyName("category")]
    public string? Category { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets whether the event is important.</summary>
    [JsonPropertyName("important")]
    public bool? Important { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
