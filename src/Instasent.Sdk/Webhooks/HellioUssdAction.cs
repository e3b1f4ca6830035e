using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Webhooks;

/// <summary>What Hellio does after showing a USSD reply: wait for more input or close the session.</summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioUssdAction>))]
public readonly record struct HellioUssdAction : IExtensibleEnum<HellioUssdAction>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioUssdAction(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Show the message and wait for the user's next input.</summary>
    public static HellioUssdAction Continue { get; } = new("continue");

    /// <summary>Show the message and end the session.</summary>
    public static HellioUssdAction End { get; } = new("end");

    /// <inheritdoc />
    public static HellioUssdAction FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
