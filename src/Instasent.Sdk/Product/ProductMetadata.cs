using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// The <c>metadata</c> object of a Product response. Which members appear depends on the endpoint (lists: count/start/limit;
/// search: limit/offset/totalHits; scroll: cursor/limit/totalHits; <c>GET /</c>: scopes), so every member is optional.
/// Wire parsing only: what callers need of it is copied onto the models (<see cref="Organization.Scopes"/>,
/// <see cref="Project.UniqueAttributes"/>, <see cref="SmsSender.IsDefault"/>, …).
/// </summary>
internal sealed record ProductMetadata
{
    /// <summary>Gets the number of items of an index list.</summary>
    [JsonPropertyName("count")]
    public long? Count { get; init; }

    /// <summary>Gets the offset of an index list page.</summary>
    [JsonPropertyName("start")]
    public long? Start { get; init; }

    /// <summary>Gets the page size.</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    /// <summary>Gets the offset of a search page.</summary>
    [JsonPropertyName("offset")]
    public int? Offset { get; init; }

    /// <summary>Gets the number of matches of a search or scroll.</summary>
    [JsonPropertyName("totalHits")]
    public long? TotalHits { get; init; }

    /// <summary>Gets the cursor of the next scroll page; <see langword="null"/> when the scroll is over.</summary>
    [JsonPropertyName("cursor")]
    public string? Cursor { get; init; }

    /// <summary>Gets the scopes granted to the token (on <c>GET /</c> and <c>GET /project/{project}</c>).</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Gets the project's unique attributes (on <c>GET /project/{project}</c>).</summary>
    [JsonPropertyName("uniqueAttributes")]
    public JsonElement? UniqueAttributes { get; init; }

    /// <summary>Gets the organization block (plan, account, API tier), kept as raw JSON because its shape is only partly known.</summary>
    [JsonPropertyName("organization")]
    public JsonElement? Organization { get; init; }

    /// <summary>Gets the default SMS sender (on the sender list), as raw JSON: the sources do not say whether it is an id or an object.</summary>
    [JsonPropertyName("defaultSender")]
    public JsonElement? DefaultSender { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>An empty metadata object, for responses that carry none.</summary>
    public static ProductMetadata Empty { get; } = new();
}
