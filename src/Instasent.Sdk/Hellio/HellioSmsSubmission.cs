using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>What <c>POST /sms/send</c> answers (202: queued). The estimated cost is reserved from the wallet.</summary>
public sealed record HellioSmsSubmission
{
    /// <summary>Gets the campaign reference (a uuid); usable with <see cref="IHellioClient.GetCampaignAsync"/>.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the numeric campaign id.</summary>
    [JsonPropertyName("campaign_id")]
    public long? CampaignId { get; init; }

    /// <summary>Gets the status of the campaign, <see cref="HellioCampaignStatus.Queued"/>.</summary>
    [JsonPropertyName("status")]
    public HellioCampaignStatus? Status { get; init; }

    /// <summary>Gets how many recipients were accepted.</summary>
    [JsonPropertyName("accepted_recipients")]
    public int? AcceptedRecipients { get; init; }

    /// <summary>Gets how many recipients were invalid and dropped.</summary>
    [JsonPropertyName("invalid_recipients")]
    public int? InvalidRecipients { get; init; }

    /// <summary>Gets the number of segments per message.</summary>
    [JsonPropertyName("segments")]
    public int? Segments { get; init; }

    /// <summary>Gets the estimated cost (sent as a string such as <c>"0.0350"</c>).</summary>
    [JsonPropertyName("estimated_cost")]
    public decimal? EstimatedCost { get; init; }

    /// <summary>Gets the currency, for example <c>GHS</c>.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
