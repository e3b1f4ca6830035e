using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The mode of a Hellio USSD app, and of each callback to it (<c>test</c> or <c>live</c>); each mode has its own
/// signing secret. Other values are kept.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioUssdMode>))]
public readonly record struct HellioUssdMode : IExtensibleEnum<HellioUssdMode>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioUssdMode(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Test (sandbox) mode, signed with the app's test secret; new apps start here.</summary>
    public static HellioUssdMode Test { get; } = new("test");

    /// <summary>Live mode, signed with the app's live secret; needs a rented extension.</summary>
    public static HellioUssdMode Live { get; } = new("live");

    /// <summary>Gets whether the value is one of the documented modes.</summary>
    public bool IsKnown => Value is "test" or "live";

    /// <inheritdoc />
    public static HellioUssdMode FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
