using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The body of <c>POST /project/{project}/datasource</c> (creates an API datasource).</summary>
public sealed class DatasourceCreateRequest
{
    /// <summary>Initializes an empty request (set <see cref="Name"/> and <see cref="AudienceTags"/>).</summary>
    public DatasourceCreateRequest()
    {
    }

    /// <summary>Initializes a request with its required members.</summary>
    /// <param name="name">The datasource name.</param>
    /// <param name="audienceTags">Tags given to its contacts (an empty list for none).</param>
    [SetsRequiredMembers]
    public DatasourceCreateRequest(string name, IReadOnlyList<string> audienceTags)
    {
        Name = name;
        AudienceTags = audienceTags;
    }

    /// <summary>Gets the datasource name (required).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Gets tags given to its contacts (required by one source, so always sent).</summary>
    [JsonPropertyName("audienceTags")]
    public required IReadOnlyList<string> AudienceTags { get; init; }

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
