using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product.Filters;

/// <summary>
/// An operator of an audience or event filter condition. The constants are the documented ones; the full list is not
/// published, so any other operator can be given with <see cref="FromWire"/>.
/// </summary>
[JsonConverter(typeof(ExtensibleEnumJsonConverter<FilterOperator>))]
public readonly record struct FilterOperator : IExtensibleEnum<FilterOperator>
{
    private FilterOperator(string value) => Value = value;

    /// <summary>Gets <c>contains</c> (text contains any of the values).</summary>
    public static FilterOperator Contains { get; } = new("contains");

    /// <summary>Gets <c>matches-string</c> (tag match; a leading <c>&amp;&amp;</c> value means all of the values).</summary>
    public static FilterOperator MatchesString { get; } = new("matches-string");

    /// <summary>Gets <c>exists</c> (the values are empty).</summary>
    public static FilterOperator Exists { get; } = new("exists");

    /// <summary>Gets <c>range-number</c> (values <c>{ lowerNumber, upperNumber }</c>).</summary>
    public static FilterOperator RangeNumber { get; } = new("range-number");

    /// <summary>Gets <c>range-date-relative</c> (values are day offsets from now).</summary>
    public static FilterOperator RangeDateRelative { get; } = new("range-date-relative");

    /// <inheritdoc />
    public string Value { get => field ?? string.Empty; }

    /// <inheritdoc />
    public static FilterOperator FromWire(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
