using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>A webhook endpoint (<c>object = "webhook_endpoint"</c>).</summary>
public sealed record LynSmsWebhookEndpoint
{
    /// <summary>Gets the id (<c>whe_</c> and 25 characters).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object type.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the target address.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the subscribed event types.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Gets whether the endpoint is active.</summary>
    [JsonPropertyName("is_active")]
    public bool? IsActive { get; init; }

    /// <summary>
    /// Gets the signing secret (<c>whsec_…</c>), returned only when the endpoint is created. Store it now: it verifies the
    /// <c>LynSMS-Signature</c> header of every delivery and is never shown again.
    /// </summary>
    [JsonPropertyName("signing_secret")]
    public string? SigningSecret { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsWebhookEndpoint {{ Id = {Id}, Url = {Url}, IsActive = {IsActive}, SigningSecret = {(string.IsNullOrEmpty(SigningSecret) ? "(not shown)" : "***")} }}";
}
