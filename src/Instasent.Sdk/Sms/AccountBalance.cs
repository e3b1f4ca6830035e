using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>The account balance (<c>GET /organization/account</c>); only <c>available</c> and <c>currency</c> are documented.</summary>
public sealed record AccountBalance
{
    /// <summary>Gets the available balance.</summary>
    [JsonPropertyName("available")]
    public decimal? Available { get; init; }

    /// <summary>Gets the ISO currency code.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
