using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A webhook endpoint. <see cref="Secret"/> is returned only when the endpoint is created.</summary>
public sealed record HellioWebhookEndpoint
{
    /// <summary>Gets the id (a number in the official SDKs, kept as text).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the target address.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets the subscribed events.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Gets whether the endpoint is active (Hellio disables endpoints that keep failing).</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; init; }

    /// <summary>Gets the signing secret, present only in the creation response. Store it: it verifies <c>X-Hellio-Signature(-V2)</c>.</summary>
    [JsonPropertyName("secret")]
    public string? Secret { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioWebhookEndpoint {{ Id = {Id}, Url = {Url}, Active = {Active}, Secret = {(string.IsNullOrEmpty(Secret) ? "(not shown)" : "***")} }}";
}
