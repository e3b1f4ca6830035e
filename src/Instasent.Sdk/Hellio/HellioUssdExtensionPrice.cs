using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>The monthly rent of a USSD extension of a given length.</summary>
public sealed record HellioUssdExtensionPrice
{
    /// <summary>Gets the code length in digits.</summary>
    [JsonPropertyName("length")]
    public int? Length { get; init; }

    /// <summary>Gets the monthly price.</summary>
    [JsonPropertyName("monthly_price")]
    public decimal? MonthlyPrice { get; init; }
}
