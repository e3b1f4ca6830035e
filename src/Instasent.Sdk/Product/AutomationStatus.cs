using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// The status of an automation. The sources show only <c>active</c>, so any other value the server sends is kept as is.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<AutomationStatus>))]
public readonly record struct AutomationStatus : IExtensibleEnum<AutomationStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public AutomationStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Running.</summary>
    public static AutomationStatus Active { get; } = new("active");

    /// <summary>Gets whether the value is one of the documented ones.</summary>
    public bool IsKnown => Value is "active";

    /// <inheritdoc />
    public static AutomationStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
