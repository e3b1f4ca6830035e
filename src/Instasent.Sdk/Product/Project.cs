using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>An Instasent project. Its configuration blocks are kept as raw JSON: the sources list them only partly.</summary>
public sealed record Project
{
    /// <summary>Gets the project UID, the value every project path expects.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the internal id (not usable in paths).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the locale.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>Gets the time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Gets the status (kept as sent; the value list is undocumented).</summary>
    [JsonPropertyName("projectStatus")]
    public string? ProjectStatus { get; init; }

    /// <summary>Gets the project type.</summary>
    [JsonPropertyName("projectType")]
    public string? ProjectType { get; init; }

    /// <summary>Gets the business type.</summary>
    [JsonPropertyName("businessType")]
    public string? BusinessType { get; init; }

    /// <summary>Gets the default SMS sender, as raw JSON (id or object).</summary>
    [JsonPropertyName("defaultSmsSender")]
    public JsonElement? DefaultSmsSender { get; init; }

    /// <summary>Gets the general configuration (channel defaults, opt-in keywords...), as raw JSON.</summary>
    [JsonPropertyName("generalConfig")]
    public JsonElement? GeneralConfig { get; init; }

    /// <summary>Gets the attribution windows, as raw JSON.</summary>
    [JsonPropertyName("attributionConfig")]
    public JsonElement? AttributionConfig { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>
    /// Gets the scopes granted to the token, from the response's <c>metadata.scopes</c> (set by
    /// <see cref="IProductProjectClient.GetProjectAsync"/>; <see langword="null"/> on the projects of an organization).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>
    /// Gets the project's unique attributes, from the response's <c>metadata.uniqueAttributes</c>, as raw JSON (the
    /// sources show an array but not its items; set by <see cref="IProductProjectClient.GetProjectAsync"/>).
    /// </summary>
    [JsonIgnore]
    public JsonElement? UniqueAttributes { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
