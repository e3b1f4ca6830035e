using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>The price of one USSD session on one network (the price may arrive as a string or a number).</summary>
public sealed record HellioUssdSessionPrice
{
    /// <summary>Gets the network name.</summary>
    [JsonPropertyName("network")]
    public string? Network { get; init; }

    /// <summary>Gets the network slug.</summary>
    [JsonPropertyName("slug")]
    public string? Slug { get; init; }

    /// <summary>Gets the price per session.</summary>
    [JsonPropertyName("session_price")]
    public decimal? SessionPrice { get; init; }
}
