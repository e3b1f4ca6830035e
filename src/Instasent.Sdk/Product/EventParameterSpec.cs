using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The specification of one parameter of an event type.</summary>
public sealed record EventParameterSpec
{
    /// <summary>Gets the parameter key (a key of <c>_event_parameters</c>).</summary>
    [JsonPropertyName("parameter")]
    public string? Parameter { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the data type, kept as sent.</summary>
    [JsonPropertyName("dataType")]
    public string? DataType { get; init; }

    /// <summary>Gets the visual type.</summary>
    [JsonPropertyName("visualType")]
    public string? VisualType { get; init; }

    /// <summary>Gets whether the parameter is required.</summary>
    [JsonPropertyName("required")]
    public bool? Required { get; init; }

    /// <summary>Gets the multi-value setting.</summary>
    [JsonPropertyName("multiValue")]
    public int? MultiValue { get; init; }

    /// <summary>Gets the maximum length.</summary>
    [JsonPropertyName("maxLength")]
    public int? MaxLength { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
