using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// The <c>event</c> of a Hellio delivery-receipt webhook. Hellio does not publish the full list; any other value is
/// kept as sent.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioWebhookEventType>))]
public readonly record struct HellioWebhookEventType : IExtensibleEnum<HellioWebhookEventType>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioWebhookEventType(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>The message was delivered.</summary>
    public static HellioWebhookEventType MessageDelivered { get; } = new("message.delivered");

    /// <summary>The message failed.</summary>
    public static HellioWebhookEventType MessageFailed { get; } = new("message.failed");

    /// <summary>Gets whether the value is one of the documented types.</summary>
    public bool IsKnown => Value is "message.delivered" or "message.failed";

    /// <inheritdoc />
    public static HellioWebhookEventType FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
