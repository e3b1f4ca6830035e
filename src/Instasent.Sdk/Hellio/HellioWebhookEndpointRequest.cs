using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A webhook endpoint to create with <c>POST /webhooks</c>.</summary>
public sealed record HellioWebhookEndpointRequest
{
    /// <summary>Initializes a new instance; set <see cref="Url"/>.</summary>
    public HellioWebhookEndpointRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="url">The HTTPS address Hellio will POST delivery receipts to.</param>
    [SetsRequiredMembers]
    public HellioWebhookEndpointRequest(Uri url)
    {
        Url = url;
    }

    /// <summary>Gets the HTTPS address Hellio will POST delivery receipts to.</summary>
    [JsonPropertyName("url")]
    public required Uri Url { get; init; }

    /// <summary>Gets the events, for example <c>message.delivered</c>, <c>message.failed</c> or <c>*</c>; <see langword="null"/> (not sent) for the server default.</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<string>? Events { get; init; }
}
