using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The organization a Product token belongs to, with its projects (<c>GET /v1/</c>).</summary>
public sealed record Organization
{
    /// <summary>Gets the organization id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the title.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Gets whether the organization is in test mode.</summary>
    [JsonPropertyName("testMode")]
    public bool? TestMode { get; init; }

    /// <summary>Gets the callback URL.</summary>
    [JsonPropertyName("callbackUrl")]
    public string? CallbackUrl { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets the projects visible to the token.</summary>
    [JsonPropertyName("projects")]
    public IReadOnlyList<Project> Projects { get; init; } = [];

    /// <summary>Gets the scopes granted to the token, from the response's <c>metadata.scopes</c> (set by <see cref="IProductProjectClient.GetOrganizationAsync"/>).</summary>
    [JsonIgnore]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>
    /// Gets the response's <c>metadata.organization</c> block (plan, account credit and funds, API tier), as raw JSON
    /// because its shape is only partly known (set by <see cref="IProductProjectClient.GetOrganizationAsync"/>).
    /// </summary>
    [JsonIgnore]
    public JsonElement? Details { get; init; }

    /// <summary>Gets members this version of the SDK does not know (the token block is dropped from <see cref="ToString"/>).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"Organization {{ Id = {Id}, Title = {Title}, Projects = {Projects.Count} }}";
}
