using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>An upstream provider LynSMS routes through; other values the server sends are kept as they are.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<LynSmsProvider>))]
public readonly record struct LynSmsProvider : IExtensibleEnum<LynSmsProvider>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public LynSmsProvider(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Twilio.</summary>
    public static LynSmsProvider Twilio { get; } = new("twilio");

    /// <summary>Sinch.</summary>
    public static LynSmsProvider Sinch { get; } = new("sinch");

    /// <summary>Infobip.</summary>
    public static LynSmsProvider Infobip { get; } = new("infobip");

    /// <summary>ClickSend (the docs' value was cut off after "cli"; <c>clicksend</c> is assumed).</summary>
    public static LynSmsProvider ClickSend { get; } = new("clicksend");

    /// <inheritdoc />
    public static LynSmsProvider FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
