using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>An automation. Only <c>id</c>, <c>title</c> and <c>status</c> are known; the rest stays in <see cref="AdditionalProperties"/>.</summary>
public sealed record Automation
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets the status (for example <see cref="AutomationStatus.Active"/>); unknown values are kept.</summary>
    [JsonPropertyName("status")]
    public AutomationStatus? Status { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
