using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// An operator of the generic index query filter. Only <c>eq</c>, <c>gte</c> and <c>in</c> are documented; the other
/// constants are the usual set and any other operator can be given with <see cref="FromWire"/>.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<IndexOperator>))]
public readonly record struct IndexOperator : IExtensibleEnum<IndexOperator>
{
    private IndexOperator(string value) => Value = value;

    /// <summary>Gets <c>eq</c>.</summary>
    public static IndexOperator Equal { get; } = new("eq");

    /// <summary>Gets <c>neq</c>.</summary>
    public static IndexOperator NotEqual { get; } = new("neq");

    /// <summary>Gets <c>gt</c>.</summary>
    public static IndexOperator GreaterThan { get; } = new("gt");

    /// <summary>Gets <c>gte</c>.</summary>
    public static IndexOperator GreaterThanOrEqual { get; } = new("gte");

    /// <summary>Gets <c>lt</c>.</summary>
    public static IndexOperator LessThan { get; } = new("lt");

    /// <summary>Gets <c>lte</c>.</summary>
    public static IndexOperator LessThanOrEqual { get; } = new("lte");

    /// <summary>Gets <c>in</c> (comma-separated values).</summary>
    public static IndexOperator In { get; } = new("in");

    /// <summary>Gets <c>like</c>.</summary>
    public static IndexOperator Like { get; } = new("like");

    /// <inheritdoc />
    public string Value { get => field ?? string.Empty; }

    /// <inheritdoc />
    public static IndexOperator FromWire(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
