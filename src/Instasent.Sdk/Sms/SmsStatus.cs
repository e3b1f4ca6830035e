using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>
/// Status of an Instasent SMS (also the status of a delivery report). The documented list was cut off after
/// <c>stop</c>, so any other value the server sends is kept as is rather than rejected.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SmsStatus>))]
public readonly record struct SmsStatus : IExtensibleEnum<SmsStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public SmsStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Queued inside Instasent.</summary>
    public static SmsStatus Enqueued { get; } = new("enqueued");

    /// <summary>Handed to the carrier.</summary>
    public static SmsStatus Sent { get; } = new("sent");

    /// <summary>Accepted by the carrier.</summary>
    public static SmsStatus Accepted { get; } = new("accepted");

    /// <summary>Buffered by the carrier (handset unreachable for now).</summary>
    public static SmsStatus Buffered { get; } = new("buffered");

    /// <summary>Delivered to the handset.</summary>
    public static SmsStatus Delivered { get; } = new("delivered");

    /// <summary>An error occurred (see the reason code).</summary>
    public static SmsStatus Error { get; } = new("error");

    /// <summary>Delivery failed.</summary>
    public static SmsStatus Failed { get; } = new("failed");

    /// <summary>The validity period expired.</summary>
    public static SmsStatus Expired { get; } = new("expired");

    /// <summary>Canceled before delivery.</summary>
    public static SmsStatus Canceled { get; } = new("canceled");

    /// <summary>Rejected by the carrier.</summary>
    public static SmsStatus Rejected { get; } = new("rejected");

    /// <summary>The final state is unknown.</summary>
    public static SmsStatus Unknown { get; } = new("unknown");

    /// <summary>An opt-out (STOP) inbound message.</summary>
    public static SmsStatus Stop { get; } = new("stop");

    /// <summary>Gets whether the value is one of the documented ones.</summary>
    public bool IsKnown => Value is "enqueued" or "sent" or "accepted" or "buffered" or "delivered" or "error" or "failed" or "expired" or "canceled" or "rejected" or "unknown" or "stop";

    /// <summary>Gets whether no further status change is expected.</summary>
    public bool IsFinal => Value is "delivered" or "error" or "failed" or "expired" or "canceled" or "rejected";

    /// <inheritdoc />
    public static SmsStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
