using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>How an OTP travels. <see cref="Email"/> uses the <c>email</c> field as destination, every other channel <c>mobile_number</c>.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioOtpChannel>))]
public readonly record struct HellioOtpChannel : IExtensibleEnum<HellioOtpChannel>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioOtpChannel(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>SMS (the default).</summary>
    public static HellioOtpChannel Sms { get; } = new("sms");

    /// <summary>A voice call that reads the code.</summary>
    public static HellioOtpChannel Voice { get; } = new("voice");

    /// <summary>WhatsApp.</summary>
    public static HellioOtpChannel WhatsApp { get; } = new("whatsapp");

    /// <summary>E-mail.</summary>
    public static HellioOtpChannel Email { get; } = new("email");

    /// <summary>Gets whether the destination is an e-mail address rather than a phone number.</summary>
    public bool UsesEmail => Value == "email";

    /// <summary>Gets whether the channel needs an approved sender id.</summary>
    public bool NeedsSender => Value is "sms" or "voice";

    /// <inheritdoc />
    public static HellioOtpChannel FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
