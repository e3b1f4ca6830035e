using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>Whether an extension code can be rented (<c>GET /ussd/pricing/availability</c>).</summary>
public sealed record HellioUssdAvailability
{
    /// <summary>Gets the code asked about.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets whether the code is well-formed.</summary>
    [JsonPropertyName("valid")]
    public bool Valid { get; init; }

    /// <summary>Gets whether the code is free.</summary>
    [JsonPropertyName("available")]
    public bool Available { get; init; }

    /// <summary>Gets the monthly rent, or <see langword="null"/> when not applicable.</summary>
    [JsonPropertyName("monthly_price")]
    public decimal? MonthlyPrice { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
