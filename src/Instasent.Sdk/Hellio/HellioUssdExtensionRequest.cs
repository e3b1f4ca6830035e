using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A USSD extension to rent (<c>POST /ussd/extensions</c>), paid from the USSD balance.</summary>
public sealed record HellioUssdExtensionRequest
{
    /// <summary>Initializes a new instance; set <see cref="Code"/>.</summary>
    public HellioUssdExtensionRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="code">The extension digits, at most 12.</param>
    [SetsRequiredMembers]
    public HellioUssdExtensionRequest(string code)
    {
        Code = code;
    }

    /// <summary>Gets the extension digits, at most 12.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Gets the app to attach it to.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>Gets the short code to rent under (for example <c>*921#</c>); <see langword="null"/> for the primary one.</summary>
    [JsonPropertyName("short_code")]
    public string? ShortCode { get; init; }
}
