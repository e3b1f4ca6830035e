using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>An SMS sender of the project.</summary>
public sealed record SmsSender
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the sender name or number shown to recipients.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary>Gets the status, kept as sent.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
