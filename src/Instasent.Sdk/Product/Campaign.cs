using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>A campaign. Only <c>id</c>, <c>title</c>, <c>campaignAt</c> and <c>status</c> are known; the rest stays in <see cref="AdditionalProperties"/>.</summary>
public sealed record Campaign
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets when the campaign is or was sent.</summary>
    [JsonPropertyName("campaignAt")]
    public DateTimeOffset? CampaignAt { get; init; }

    /// <summary>Gets the status (for example <see cref="CampaignStatus.Draft"/>, <see cref="CampaignStatus.Sent"/>); unknown values are kept.</summary>
    [JsonPropertyName("status")]
    public CampaignStatus? Status { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
