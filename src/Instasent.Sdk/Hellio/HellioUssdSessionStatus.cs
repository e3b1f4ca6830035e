using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The status of a Hellio USSD session (<c>GET /ussd/sessions</c>); other values are kept as sent.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<HellioUssdSessionStatus>))]
public readonly record struct HellioUssdSessionStatus : IExtensibleEnum<HellioUssdSessionStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public HellioUssdSessionStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>The session is open.</summary>
    public static HellioUssdSessionStatus Active { get; } = new("active");

    /// <summary>The app or the subscriber ended the session.</summary>
    public static HellioUssdSessionStatus Ended { get; } = new("ended");

    /// <summary>The subscriber did not answer in time.</summary>
    public static HellioUssdSessionStatus Timeout { get; } = new("timeout");

    /// <summary>The session failed.</summary>
    public static HellioUssdSessionStatus Failed { get; } = new("failed");

    /// <summary>Gets whether the value is one of the documented values.</summary>
    public bool IsKnown => Value is "active" or "ended" or "timeout" or "failed";

    /// <inheritdoc />
    public static HellioUssdSessionStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
