using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A rented USSD extension.</summary>
public sealed record HellioUssdExtension
{
    /// <summary>Gets the id (uuid).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the extension digits.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the full dial string, for example <c>*920*100#</c>.</summary>
    [JsonPropertyName("dial_string")]
    public string? DialString { get; init; }

    /// <summary>Gets the code length.</summary>
    [JsonPropertyName("length")]
    public int? Length { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the monthly rent.</summary>
    [JsonPropertyName("monthly_price")]
    public decimal? MonthlyPrice { get; init; }

    /// <summary>Gets whether the rent renews automatically.</summary>
    [JsonPropertyName("auto_renew")]
    public bool? AutoRenew { get; init; }

    /// <summary>Gets the app it routes to, if any.</summary>
    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    /// <summary>Gets when the rent ends.</summary>
    [JsonPropertyName("expires_at")]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
