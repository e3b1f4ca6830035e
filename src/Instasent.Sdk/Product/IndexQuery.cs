using System.Globalization;

namespace Instasent.Sdk.Product;

/// <summary>
/// The generic Instasent query filter of index (list) endpoints: <c>field_operator=value</c> conditions (implicit AND),
/// <c>_sort</c>, and <c>_start</c>+<c>_limit</c> paging. Lists that page automatically set <c>_start</c>/<c>_limit</c>
/// themselves; <see cref="Start"/> and <see cref="Limit"/> then give the first offset and the page size.
/// </summary>
/// <example><code>new IndexQuery().Where("status", IndexOperator.Equal, "sent").OrderBy("campaignAt", descending: true)</code></example>
public sealed class IndexQuery
{
    private readonly List<KeyValuePair<string, string>> filters = [];
    private readonly List<string> sort = [];

    /// <summary>Gets or sets the offset of the first item (<c>_start</c>). Default 0.</summary>
    public int Start { get; set; }

    /// <summary>
    /// Gets or sets the page size (<c>_limit</c>), 1 to 100. Default 100. A <c>pageSizeHint</c> given to
    /// <see cref="InstasentPageable{T}.AsPages"/> wins over it.
    /// </summary>
    public int Limit { get; set; } = 100;

    /// <summary>Gets the conditions as query parameters (<c>status_eq</c> = <c>sent</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Filters => filters;

    /// <summary>Adds a condition <c>field_operator=value</c>. Nested fields use <c>*</c> as path separator (<c>attributes*drink</c>).</summary>
    /// <param name="field">The field.</param>
    /// <param name="op">The operator.</param>
    /// <param name="value">The value; for <see cref="IndexOperator.In"/> give a comma-separated list.</param>
    /// <returns>This query.</returns>
    public IndexQuery Where(string field, IndexOperator op, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        ArgumentNullException.ThrowIfNull(value);
        if (field.StartsWith('_'))
        {
            throw new ArgumentException($"'{field}' starts with '_', which marks reserved parameters (_sort, _start, _limit, _q); it cannot be a filter field.", nameof(field));
        }

        filters.Add(new(field + "_" + op.Value, value));
        return this;
    }

    /// <summary>Adds a sort field (<c>_sort</c>); the first call is the primary sort.</summary>
    /// <param name="field">The field.</param>
    /// <param name="descending">Whether to sort descending (<c>:-</c> suffix).</param>
    /// <returns>This query.</returns>
    public IndexQuery OrderBy(string field, bool descending = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        sort.Add(descending ? field + ":-" : field);
        return this;
    }

    /// <summary>Builds the query parameters for one page.</summary>
    internal Dictionary<string, string> ToParameters(int start, int limit)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            // A repeated field_operator cannot be expressed in the URL form; the last one wins, as it would in a query string parser.
            parameters[filter.Key] = filter.Value;
        }

        if (sort.Count > 0)
        {
            parameters["_sort"] = string.Join(',', sort);
        }

        // The docs require _start and _limit together.
        parameters["_start"] = start.ToString(CultureInfo.InvariantCulture);
        parameters["_limit"] = limit.ToString(CultureInfo.InvariantCulture);
        return parameters;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('&', ToParameters(Start, Limit).Select(p => p.Key + "=" + p.Value));
}
