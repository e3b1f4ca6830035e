using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>A webhook endpoint to create with <c>POST /webhooks/create</c>.</summary>
public sealed record LynSmsWebhookEndpointRequest
{
    /// <summary>Initializes a new instance; set <see cref="Url"/> and <see cref="Events"/>.</summary>
    public LynSmsWebhookEndpointRequest()
    {
    }

    /// <summary>Initializes a new instance with the two required fields.</summary>
    /// <param name="url">The HTTPS address LynSMS will POST events to.</param>
    /// <param name="events">The event types, for example <c>message.delivered</c> (see <see cref="LynSmsEventTypes"/>).</param>
    public LynSmsWebhookEndpointRequest(Uri url, IReadOnlyList<string> events)
    {
        Url = url;
        Events = events;
    }

    /// <summary>Gets the HTTPS address LynSMS will POST events to.</summary>
    [JsonPropertyName("url")]
    public Uri? Url { get; init; }

    /// <summary>Gets the event types, for example <c>message.delivered</c> (see <see cref="LynSmsEventTypes"/>).</summary>
    [JsonPropertyName("events")]
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>Gets a description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }
}
