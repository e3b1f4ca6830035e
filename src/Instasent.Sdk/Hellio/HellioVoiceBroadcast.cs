using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A voice broadcast (<c>POST /voice/send</c> and <c>GET /voice/{id}</c>). The schema is undocumented; likely members are modelled.</summary>
public sealed record HellioVoiceBroadcast
{
    /// <summary>Gets the id (a number in the official SDKs, kept as text).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the reference.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the campaign label.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets how many recipients were accepted.</summary>
    [JsonPropertyName("accepted_recipients")]
    public int? AcceptedRecipients { get; init; }

    /// <summary>Gets the estimated cost.</summary>
    [JsonPropertyName("estimated_cost")]
    public decimal? EstimatedCost { get; init; }

    /// <summary>Gets the cost.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
