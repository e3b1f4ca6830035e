using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// Status of a LynSMS message. The docs show <c>sent</c>, <c>delivered</c> and (through events) <c>failed</c> but publish
/// no full list, so any other value is kept as sent.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LynSmsMessageStatus>))]
public readonly record struct LynSmsMessageStatus : IExtensibleEnum<LynSmsMessageStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public LynSmsMessageStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>The upstream provider accepted the message.</summary>
    public static LynSmsMessageStatus Sent { get; } = new("sent");

    /// <summary>The carrier confirmed delivery to the handset.</summary>
    public static LynSmsMessageStatus Delivered { get; } = new("delivered");

    /// <summary>The message failed (provider error, blocklisted, undeliverable).</summary>
    public static LynSmsMessageStatus Failed { get; } = new("failed");

    /// <summary>Gets whether the value is one of the documented ones.</summary>
    public bool IsKnown => Value is "sent" or "delivered" or "failed";

    /// <inheritdoc />
    public static LynSmsMessageStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
