using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>An SMS campaign (one <c>POST /sms/send</c>) with its delivery breakdown. The schema is undocumented; likely members are modelled.</summary>
public sealed record HellioCampaign
{
    /// <summary>Gets the numeric campaign id (kept as text).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the campaign reference (uuid).</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the campaign name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the sender id.</summary>
    [JsonPropertyName("sender")]
    public string? Sender { get; init; }

    /// <summary>Gets the status; values outside the documented ones are kept.</summary>
    [JsonPropertyName("status")]
    public HellioCampaignStatus? Status { get; init; }

    /// <summary>Gets the number of recipients.</summary>
    [JsonPropertyName("recipients_count")]
    public int? RecipientsCount { get; init; }

    /// <summary>Gets the cost.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets the delivery-status breakdown, as sent (its shape is undocumented; typically status → count).</summary>
    [JsonPropertyName("breakdown")]
    public JsonElement? Breakdown { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
