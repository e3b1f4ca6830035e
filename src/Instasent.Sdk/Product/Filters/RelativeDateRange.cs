namespace Instasent.Sdk.Product.Filters;

/// <summary>
/// The values of a <c>range-date-relative</c> condition: offsets from now (negative = past) in <see cref="LowerOffsetPeriod"/>
/// and <see cref="UpperOffsetPeriod"/> units. Unset members are not sent.
/// </summary>
public sealed record RelativeDateRange
{
    /// <summary>Gets the lower offset (for example -30 for "30 days ago").</summary>
    public int? LowerOffset { get; init; }

    /// <summary>Gets the upper offset (for example 0 for "now").</summary>
    public int? UpperOffset { get; init; }

    /// <summary>Gets whether the lower bound itself is excluded.</summary>
    public bool? LowerExcludeEquals { get; init; }

    /// <summary>Gets whether the upper bound itself is excluded.</summary>
    public bool? UpperExcludeEquals { get; init; }

    /// <summary>Gets whether the lower bound is rounded to its period.</summary>
    public bool? LowerRounding { get; init; }

    /// <summary>Gets whether the upper bound is rounded to its period.</summary>
    public bool? UpperRounding { get; init; }

    /// <summary>Gets the unit of <see cref="LowerOffset"/>. Default <c>day</c> (the only documented value).</summary>
    public string LowerOffsetPeriod { get; init; } = "day";

    /// <summary>Gets the unit of <see cref="UpperOffset"/>. Default <c>day</c>.</summary>
    public string UpperOffsetPeriod { get; init; } = "day";
}
