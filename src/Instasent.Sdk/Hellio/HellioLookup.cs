using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A number lookup request and, once done, its results. The schema is undocumented; likely members are modelled.</summary>
public sealed record HellioLookup
{
    /// <summary>Gets the id (a number in the official SDKs, kept as text).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets how many numbers were accepted.</summary>
    [JsonPropertyName("accepted")]
    public int? Accepted { get; init; }

    /// <summary>Gets how many numbers were invalid.</summary>
    [JsonPropertyName("invalid")]
    public int? Invalid { get; init; }

    /// <summary>Gets the cost.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets when it is scheduled.</summary>
    [JsonPropertyName("scheduled_at")]
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the per-number results, as sent (their shape is undocumented).</summary>
    [JsonPropertyName("results")]
    public JsonElement? Results { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
