using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The status of a Hellio message (<c>GET /messages</c>, delivery receipts, the message an OTP spawned). Hellio
/// publishes no closed list: <c>queued</c> is what a send answers, <c>delivered</c> and <c>failed</c> are what delivery
/// receipts carry; any other value is kept as sent (compare with <see cref="Value"/>).
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioMessageStatus>))]
public readonly record struct HellioMessageStatus : IExtensibleEnum<HellioMessageStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioMessageStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Accepted and waiting to be sent.</summary>
    public static HellioMessageStatus Queued { get; } = new("queued");

    /// <summary>The carrier confirmed delivery to the handset.</summary>
    public static HellioMessageStatus Delivered { get; } = new("delivered");

    /// <summary>The message could not be delivered.</summary>
    public static HellioMessageStatus Failed { get; } = new("failed");

    /// <summary>Gets whether the value is one of the values seen in Hellio's documentation.</summary>
    public bool IsKnown => Value is "queued" or "delivered" or "failed";

    /// <inheritdoc />
    public static HellioMessageStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
