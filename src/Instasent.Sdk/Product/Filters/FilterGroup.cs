using System.Text.Json;
using System.Text.Json.Nodes;

namespace Instasent.Sdk.Product.Filters;

/// <summary>
/// A group of filter conditions joined with <c>and</c> or <c>or</c>. Attribute conditions match contact attributes
/// (<c>_email</c>, custom keys); event conditions match events (<c>event-type</c>, <c>created-at</c>,
/// <c>&lt;eventType&gt;.&lt;parameter&gt;</c>). <see cref="Raw(string)"/> takes any condition the builder does not know yet.
/// </summary>
public sealed class FilterGroup
{
    private const string AttributeCondition = "attribute_condition";
    private const string EventCondition = "event_condition";
    private readonly List<JsonNode> children = [];
    private readonly string type;

    internal FilterGroup(FilterJoin join, string type = "group")
    {
        Join = join;
        this.type = type;
    }

    /// <summary>Gets or sets how the children combine.</summary>
    public FilterJoin Join { get; set; }

    /// <summary>Gets how many conditions the group holds.</summary>
    public int Count => children.Count;

    /// <summary>Adds an attribute condition with text values (<c>contains</c>, <c>matches-string</c>, <c>exists</c>...).</summary>
    /// <param name="key">The attribute key, for example <c>_email</c>.</param>
    /// <param name="op">The operator.</param>
    /// <param name="values">The values; none for <see cref="FilterOperator.Exists"/>.</param>
    /// <returns>This group.</returns>
    public FilterGroup Attribute(string key, FilterOperator op, params string[] values) => Add(AttributeCondition, key, op, Strings(values));

    /// <summary>Adds an attribute condition that the attribute has a value.</summary>
    /// <param name="key">The attribute key.</param>
    /// <returns>This group.</returns>
    public FilterGroup AttributeExists(string key) => Add(AttributeCondition, key, FilterOperator.Exists, new JsonArray());

    /// <summary>Adds a tag condition (<c>matches-string</c>) matching any, or with <paramref name="matchAll"/> all, of the values.</summary>
    /// <param name="key">The attribute key, for example <c>_client_tags</c>.</param>
    /// <param name="matchAll">Whether every value must match (sent as a leading <c>&amp;&amp;</c> value).</param>
    /// <param name="values">The values.</param>
    /// <returns>This group.</returns>
    public FilterGroup AttributeMatches(string key, bool matchAll, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Add(AttributeCondition, key, FilterOperator.MatchesString, Strings(matchAll ? ["&&", .. values] : values));
    }

    /// <summary>Adds a numeric range condition (<c>range-number</c>); an open bound is <see langword="null"/>.</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <returns>This group.</returns>
    public FilterGroup AttributeNumberRange(string key, decimal? lower, decimal? upper) => Add(AttributeCondition, key, FilterOperator.RangeNumber, NumberRange(lower, upper));

    /// <summary>Adds a relative date range condition (<c>range-date-relative</c>).</summary>
    /// <param name="key">The attribute key, for example <c>_date_registered</c>.</param>
    /// <param name="range">The range.</param>
    /// <returns>This group.</returns>
    public FilterGroup AttributeRelativeDate(string key, RelativeDateRange range) => Add(AttributeCondition, key, FilterOperator.RangeDateRelative, DateRange(range));

    /// <summary>Adds an event condition with text values.</summary>
    /// <param name="key">The event key: <c>event-type</c>, <c>created-at</c> or <c>&lt;eventType&gt;.&lt;parameter&gt;</c>.</param>
    /// <param name="op">The operator.</param>
    /// <param name="values">The values.</param>
    /// <returns>This group.</returns>
    public FilterGroup Event(string key, FilterOperator op, params string[] values) => Add(EventCondition, key, op, Strings(values));

    /// <summary>Adds an event condition on the event type (<c>event-type matches-string</c>).</summary>
    /// <param name="eventTypes">The event types.</param>
    /// <returns>This group.</returns>
    public FilterGroup EventType(params string[] eventTypes) => Add(EventCondition, "event-type", FilterOperator.MatchesString, Strings(eventTypes));

    /// <summary>Adds a numeric range condition on an event parameter.</summary>
    /// <param name="key">The key, for example <c>ecommerce_order_create.order-euro-amount</c>.</param>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <returns>This group.</returns>
    public FilterGroup EventNumberRange(string key, decimal? lower, decimal? upper) => Add(EventCondition, key, FilterOperator.RangeNumber, NumberRange(lower, upper));

    /// <summary>Adds a relative date range condition on an event date (for example <c>created-at</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="range">The range.</param>
    /// <returns>This group.</returns>
    public FilterGroup EventRelativeDate(string key, RelativeDateRange range) => Add(EventCondition, key, FilterOperator.RangeDateRelative, DateRange(range));

    /// <summary>
    /// Adds a segment membership condition. Its exact shape is not documented; the builder sends
    /// <c>{"type":"segment_condition","key":"&lt;segmentUid&gt;"}</c>. Use <see cref="Raw(string)"/> if your project needs more.
    /// </summary>
    /// <param name="segmentUid">The segment UID.</param>
    /// <returns>This group.</returns>
    public FilterGroup Segment(string segmentUid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentUid);
        children.Add(new JsonObject { ["type"] = "segment_condition", ["key"] = segmentUid });
        return this;
    }

    /// <summary>Adds a nested group.</summary>
    /// <param name="join">How the nested children combine.</param>
    /// <param name="build">Adds the nested conditions.</param>
    /// <returns>This group.</returns>
    public FilterGroup Group(FilterJoin join, Action<FilterGroup> build) => Nested("group", join, build);

    /// <summary>Adds a <c>group_event</c>: event conditions that must hold for the same event.</summary>
    /// <param name="join">How the nested conditions combine.</param>
    /// <param name="build">Adds the event conditions.</param>
    /// <returns>This group.</returns>
    public FilterGroup EventGroup(FilterJoin join, Action<FilterGroup> build) => Nested("group_event", join, build);

    /// <summary>Adds a condition given as raw JSON (an object), for condition types or operators the builder does not know.</summary>
    /// <param name="conditionJson">The condition, for example <c>{"type":"attribute_condition","key":"x","operator":"new-op","values":[]}</c>.</param>
    /// <returns>This group.</returns>
    /// <exception cref="ArgumentException">The text is not a JSON object.</exception>
    public FilterGroup Raw(string conditionJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conditionJson);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(conditionJson);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("conditionJson is not valid JSON: " + ex.Message, nameof(conditionJson), ex);
        }

        if (node is not JsonObject)
        {
            throw new ArgumentException("conditionJson must be a JSON object such as {\"type\":\"attribute_condition\",...}.", nameof(conditionJson));
        }

        children.Add(node);
        return this;
    }

    internal JsonObject ToJson()
    {
        var array = new JsonArray();
        foreach (var child in children)
        {
            array.Add(child.DeepClone());
        }

        return new JsonObject
        {
            ["type"] = type,
            ["join"] = Join == FilterJoin.Or ? "or" : "and",
            ["children"] = array,
        };
    }

    private static JsonArray Strings(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode?)JsonValue.Create(value ?? throw new ArgumentException("values must not contain null.", nameof(values))));
        }

        return array;
    }

    private static JsonObject NumberRange(decimal? lower, decimal? upper)
    {
        if (lower is null && upper is null)
        {
            throw new ArgumentException("A number range needs at least one bound (lower or upper).", nameof(lower));
        }

        if (lower > upper)
        {
            throw new ArgumentException($"The lower bound ({lower}) is above the upper bound ({upper}).", nameof(lower));
        }

        var values = new JsonObject();
        if (lower is { } l)
        {
            values["lowerNumber"] = l;
        }

        if (upper is { } u)
        {
            values["upperNumber"] = u;
        }

        return values;
    }

    private static JsonObject DateRange(RelativeDateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (range.LowerOffset is null && range.UpperOffset is null)
        {
            throw new ArgumentException("A relative date range needs LowerOffset or UpperOffset.", nameof(range));
        }

        var values = new JsonObject();
        void Put(string name, JsonNode? value)
        {
            if (value is not null)
            {
                values[name] = value;
            }
        }

        Put("lowerOffset", range.LowerOffset);
        Put("upperOffset", range.UpperOffset);
        Put("lowerExcludeEquals", range.LowerExcludeEquals);
        Put("upperExcludeEquals", range.UpperExcludeEquals);
        Put("lowerRounding", range.LowerRounding);
        Put("upperRounding", range.UpperRounding);
        Put("lowerOffsetPeriod", range.LowerOffsetPeriod);
        Put("upperOffsetPeriod", range.UpperOffsetPeriod);
        return values;
    }

    private FilterGroup Add(string conditionType, string key, FilterOperator op, JsonNode values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (string.IsNullOrEmpty(op.Value))
        {
            throw new ArgumentException("The operator is empty.", nameof(op));
        }

        children.Add(new JsonObject
        {
            ["type"] = conditionType,
            ["key"] = key,
            ["operator"] = op.Value,
            ["values"] = values,
        });
        return this;
    }

    private FilterGroup Nested(string nestedType, FilterJoin join, Action<FilterGroup> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var group = new FilterGroup(join, nestedType);
        build(group);
        children.Add(group.ToJson());
        return this;
    }
}
