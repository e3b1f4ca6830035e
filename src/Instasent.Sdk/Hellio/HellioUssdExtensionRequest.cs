using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A USSD extension to rent (<c>POST /ussd/extensions</c>), paid from the USSD balance.</summary>
/// <param name="Code">The extension digits, at most 12.</param>
public sealed record HellioUssdExtensionRequest([property: JsonPropertyName("code")] string Code)
{
    /// <summary>Gets the app to attach it to.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>Gets the short code to rent under (for example <c>*921#</c>); <see langword="null"/> for the primary one.</summary>
    [JsonPropertyName("short_code")]
    public string? ShortCode { get; init; }
}
