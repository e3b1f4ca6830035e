using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The body of <c>POST /project/{project}/datasource</c> (creates an API datasource).</summary>
/// <param name="Name">The datasource name (required).</param>
/// <param name="AudienceTags">Tags given to its contacts (required by one source, so always sent).</param>
public sealed record DatasourceCreateRequest(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("audienceTags")] IReadOnlyList<string> AudienceTags)
{
    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets internal tags.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Gets the default country (ISO code) used to normalise phone numbers.</summary>
    [JsonPropertyName("defaultCountry")]
    public string? DefaultCountry { get; init; }

    /// <summary>Gets the locale.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>Gets the time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }
}
