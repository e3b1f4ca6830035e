using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>
/// One entry of a price profile (per-country SMS or lookup pricing). Instasent documents that price profiles exist but
/// not their paths or shape, so this model reads the likely members and keeps the rest in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record PriceProfile
{
    /// <summary>Gets the country code.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets the price.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
