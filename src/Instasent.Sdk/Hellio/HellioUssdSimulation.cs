using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>What the app answered to a simulated step.</summary>
public sealed record HellioUssdSimulation
{
    /// <summary>Gets the text shown to the subscriber.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets the action, <c>continue</c> or <c>end</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    /// <summary>Gets whether the session continues.</summary>
    [JsonPropertyName("continue")]
    public bool Continue { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
