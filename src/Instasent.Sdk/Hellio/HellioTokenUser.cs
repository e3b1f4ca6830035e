using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>The user a token was issued to.</summary>
public sealed record HellioTokenUser
{
    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the e-mail.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioTokenUser {{ Name = {Name}, Email = {PiiMasker.Mask(Email)} }}";
}
