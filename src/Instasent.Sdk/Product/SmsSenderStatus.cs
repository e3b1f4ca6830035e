using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// The status of a project SMS sender. The sources give no list of values; <c>active</c> is the one seen, and any other value the server sends is kept as is.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<SmsSenderStatus>))]
public readonly record struct SmsSenderStatus : IExtensibleEnum<SmsSenderStatus>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="value">The wire value.</param>
    public SmsSenderStatus(string value) => Value = value ?? string.Empty;

    /// <summary>Gets the wire value.</summary>
    public string Value { get => field ?? string.Empty; }

    /// <summary>Usable for sending.</summary>
    public static SmsSenderStatus Active { get; } = new("active");

    /// <summary>Gets whether the value is one of the documented ones.</summary>
    public bool IsKnown => Value is "active";

    /// <inheritdoc />
    public static SmsSenderStatus FromWire(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
