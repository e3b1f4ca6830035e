using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>The wallet (<c>GET /balance</c>). Money arrives as strings such as <c>"195.0000"</c> and is read as <see cref="decimal"/>.</summary>
public sealed record HellioBalance
{
    /// <summary>Gets the wallet balance.</summary>
    [JsonPropertyName("balance")]
    public decimal? Balance { get; init; }

    /// <summary>Gets the spendable amount (the balance minus what in-flight sends reserve).</summary>
    [JsonPropertyName("available")]
    public decimal? Available { get; init; }

    /// <summary>Gets the amount reserved for in-flight sends (the member name is undocumented; <c>reserved</c> is assumed).</summary>
    [JsonPropertyName("reserved")]
    public decimal? Reserved { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
