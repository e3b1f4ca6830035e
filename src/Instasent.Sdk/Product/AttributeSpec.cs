using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The specification of one contact attribute (project or datasource stream level).</summary>
public sealed record AttributeSpec
{
    /// <summary>Gets the attribute key (for example <c>_email</c> or a custom key).</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the label shown in the dashboard.</summary>
    [JsonPropertyName("displayLabel")]
    public string? DisplayLabel { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the data type (for example <c>string</c>, <c>date</c>, <c>number</c>); kept as sent.</summary>
    [JsonPropertyName("dataType")]
    public string? DataType { get; init; }

    /// <summary>Gets the visual type.</summary>
    [JsonPropertyName("visualType")]
    public string? VisualType { get; init; }

    /// <summary>Gets the multi-value setting (the sources show an integer).</summary>
    [JsonPropertyName("multivalue")]
    public int? Multivalue { get; init; }

    /// <summary>Gets whether the attribute is unique (usable with <c>/audience/user/{userId}</c>).</summary>
    [JsonPropertyName("unique")]
    public bool? Unique { get; init; }

    /// <summary>Gets the <c>readonly</c> flag; use <see cref="IsReadOnly"/>, which also reads the <c>readOnly</c> spelling.</summary>
    [JsonPropertyName("readonly")]
    public bool? Readonly { get; init; }

    /// <summary>Gets whether the attribute is visible.</summary>
    [JsonPropertyName("visible")]
    public bool? Visible { get; init; }

    /// <summary>Gets whether it is a custom attribute.</summary>
    [JsonPropertyName("custom")]
    public bool? Custom { get; init; }

    /// <summary>Gets whether it is enabled.</summary>
    [JsonPropertyName("enabled")]
    public bool? Enabled { get; init; }

    /// <summary>Gets whether ingest records must carry it.</summary>
    [JsonPropertyName("requiredInWebhook")]
    public bool? RequiredInWebhook { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the attribute must not be sent by ingest (sources spell it <c>readonly</c> and <c>readOnly</c>).</summary>
    [JsonIgnore]
    public bool IsReadOnly => Readonly == true
        || (AdditionalProperties is not null && AdditionalProperties.TryGetValue("readOnly", out var value) && value.ValueKind == JsonValueKind.True);

    /// <summary>Gets whether values of this attribute are <c>YYYY-MM-DD</c> dates.</summary>
    [JsonIgnore]
    public bool IsDate => string.Equals(DataType, "date", StringComparison.OrdinalIgnoreCase);
}
