using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>USSD prices (<c>GET /ussd/pricing</c>).</summary>
public sealed record HellioUssdPricing
{
    /// <summary>Gets the primary short code, for example <c>*920#</c>.</summary>
    [JsonPropertyName("short_code")]
    public string? ShortCode { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets the per-session price of each network.</summary>
    [JsonPropertyName("session_prices")]
    public IReadOnlyList<HellioUssdSessionPrice>? SessionPrices { get; init; }

    /// <summary>Gets the monthly rent of an extension by code length.</summary>
    [JsonPropertyName("extension_prices")]
    public IReadOnlyList<HellioUssdExtensionPrice>? ExtensionPrices { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
