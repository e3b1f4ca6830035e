using System.Text.Json.Nodes;

namespace Instasent.Sdk.Product.Filters;

/// <summary>
/// A typed builder of the audience and event query filters (the JSON body of audience search/scroll, segment scroll,
/// aggregations and event search/scroll).
/// </summary>
/// <example>
/// <code>
/// var filter = QueryFilter.Where(FilterJoin.And, g => g
///         .Attribute("_email", FilterOperator.Contains, "yahoo")
///         .Group(FilterJoin.Or, o => o.AttributeExists("_phone_mobile").Segment("vip")))
///     .SortBy("_date_updated", ascending: false)
///     .Take(50);
/// </code>
/// </example>
public sealed class QueryFilter
{
    /// <summary>The filter format version the builder writes.</summary>
    public const string CurrentVersion = "0.0.1";

    /// <summary>Initializes an empty filter (matches everything) whose root group uses <paramref name="join"/>.</summary>
    /// <param name="join">How the root conditions combine.</param>
    public QueryFilter(FilterJoin join = FilterJoin.And)
    {
        Root = new FilterGroup(join);
    }

    /// <summary>Gets the root group.</summary>
    public FilterGroup Root { get; }

    /// <summary>Gets or sets the format version. Default <see cref="CurrentVersion"/>.</summary>
    public string Version { get; set; } = CurrentVersion;

    /// <summary>
    /// Gets or sets the number of results: of a search (at most 50), or per page of a scroll (at most 100; a
    /// <c>pageSizeHint</c> given to <see cref="InstasentPageable{T}.AsPages"/> wins; 100 when neither is set).
    /// </summary>
    public int? Limit { get; set; }

    /// <summary>Gets or sets the offset of a search (not used by scroll).</summary>
    public int? Offset { get; set; }

    /// <summary>Gets or sets the sort field (for example <c>_date_updated</c> or <c>created-at</c>).</summary>
    public string? SortField { get; set; }

    /// <summary>Gets or sets whether the sort is ascending.</summary>
    public bool? SortAscending { get; set; }

    /// <summary>Gets or sets whether every attribute is returned (the server default is <see langword="true"/>).</summary>
    public bool? IncludeAllData { get; set; }

    /// <summary>Creates a filter and fills its root group.</summary>
    /// <param name="join">How the root conditions combine.</param>
    /// <param name="build">Adds the conditions.</param>
    /// <returns>The filter.</returns>
    public static QueryFilter Where(FilterJoin join, Action<FilterGroup> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var filter = new QueryFilter(join);
        build(filter.Root);
        return filter;
    }

    /// <summary>Sets <see cref="Limit"/>.</summary>
    /// <param name="limit">The number of results.</param>
    /// <returns>This filter.</returns>
    public QueryFilter Take(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        Limit = limit;
        return this;
    }

    /// <summary>Sets <see cref="Offset"/>.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>This filter.</returns>
    public QueryFilter Skip(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Offset = offset;
        return this;
    }

    /// <summary>Sets the sort.</summary>
    /// <param name="field">The field.</param>
    /// <param name="ascending">Whether ascending.</param>
    /// <returns>This filter.</returns>
    public QueryFilter SortBy(string field, bool ascending = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        SortField = field;
        SortAscending = ascending;
        return this;
    }

    /// <summary>Sets <see cref="IncludeAllData"/> (on this filter, like every builder method of it).</summary>
    /// <param name="include">Whether every attribute is returned.</param>
    /// <returns>This filter.</returns>
    public QueryFilter ReturnAllData(bool include)
    {
        IncludeAllData = include;
        return this;
    }

    /// <summary>Writes the filter as the documented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ToJsonObject().ToJsonString();

    /// <inheritdoc />
    public override string ToString() => ToJson();

    internal JsonObject ToJsonObject(bool forScroll = false)
    {
        var json = new JsonObject
        {
            ["version"] = Version,
            ["root"] = Root.ToJson(),
        };
        if (Limit is { } limit)
        {
            json["limit"] = limit;
        }

        // A scroll pages with its cursor; an offset there would be ignored at best.
        if (Offset is { } offset && !forScroll)
        {
            json["offset"] = offset;
        }

        if (SortField is not null)
        {
            json["sortField"] = SortField;
        }

        if (SortAscending is { } ascending)
        {
            json["sortAsc"] = ascending;
        }

        if (IncludeAllData is { } all)
        {
            json["includeAllData"] = all;
        }

        return json;
    }
}
