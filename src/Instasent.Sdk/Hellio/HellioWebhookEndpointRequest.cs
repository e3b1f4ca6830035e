using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A webhook endpoint to create with <c>POST /webhooks</c>.</summary>
/// <param name="Url">The HTTPS address Hellio will POST delivery receipts to.</param>
public sealed record HellioWebhookEndpointRequest([property: JsonPropertyName("url")] Uri Url)
{
    /// <summary>Gets the events, for example <c>message.delivered</c>, <c>message.failed</c> or <c>*</c>; <see langword="null"/> (not sent) for the server default.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<string>? Events { get; init; }
}
