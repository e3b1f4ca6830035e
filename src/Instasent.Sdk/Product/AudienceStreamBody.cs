using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The body of the audience stream actions (subscribe, unsubscribe, delete-contact). Note the kebab-case UTM keys.</summary>
internal sealed record AudienceStreamBody(
    [property: JsonPropertyName("audienceId")] string AudienceId)
{
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    [JsonPropertyName("utm-source")]
    public string? UtmSource { get; init; }

    [JsonPropertyName("utm-medium")]
    public string? UtmMedium { get; init; }

    [JsonPropertyName("utm-campaign")]
    public string? UtmCampaign { get; init; }
}
