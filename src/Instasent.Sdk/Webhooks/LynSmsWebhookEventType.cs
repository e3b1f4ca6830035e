using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// The <c>type</c> of a LynSMS webhook event. Only three types are documented; any other value is kept as sent so a
/// new event type never makes a verified webhook unreadable.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LynSmsWebhookEventType>))]
public readonly record struct LynSmsWebhookEventType : IExtensibleEnum<LynSmsWebhookEventType>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public LynSmsWebhookEventType(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>The upstream provider accepted the message.</summary>
    public static LynSmsWebhookEventType MessageSent { get; } = new("message.sent");

    /// <summary>The carrier confirmed delivery to the handset.</summary>
    public static LynSmsWebhookEventType MessageDelivered { get; } = new("message.delivered");

    /// <summary>The message failed (provider error, blocklisted or undeliverable).</summary>
    public static LynSmsWebhookEventType MessageFailed { get; } = new("message.failed");

    /// <summary>Gets whether the value is one of the documented types.</summary>
    public bool IsKnown => Value is "message.sent" or "message.delivered" or "message.failed";

    /// <inheritdoc />
    public static LynSmsWebhookEventType FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
