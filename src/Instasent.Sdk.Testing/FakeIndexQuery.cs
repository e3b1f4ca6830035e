using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Instasent.Sdk.Testing;

/// <summary>The generic index query filter (<c>field_operator=value</c>, <c>_sort</c>, <c>_start</c>+<c>_limit</c>) over JSON items.</summary>
internal static class FakeIndexQuery
{
    private static readonly string[] Operators = ["eq", "neq", "gte", "gt", "lte", "lt", "in", "like"];

    public static JsonObject Page(IEnumerable<JsonObject> source, IQueryCollection query, FakeServerVariance variance, Func<JsonObject, JsonNode>? project = null)
    {
        var hasStart = query.ContainsKey("_start");
        var hasLimit = query.ContainsKey("_limit");
        if (hasStart != hasLimit)
        {
            throw new FormatException("Invalid query filter: _start and _limit must be sent together");
        }

        var start = hasStart ? int.Parse(query["_start"]!, CultureInfo.InvariantCulture) : 0;
        var limit = hasLimit ? int.Parse(query["_limit"]!, CultureInfo.InvariantCulture) : 20;
        if (limit is < 1 or > 100 || start < 0)
        {
            throw new FormatException("Invalid query filter: _limit must be 1 to 100");
        }

        IEnumerable<JsonObject> items = source;
        foreach (var (key, values) in query)
        {
            if (key.StartsWith('_'))
            {
                continue;
            }

            var cut = key.LastIndexOf('_');
            var op = cut > 0 ? key[(cut + 1)..] : string.Empty;
            if (!Operators.Contains(op))
            {
                throw new FormatException("Invalid query filter: unknown operator in " + key);
            }

            var field = key[..cut].Split('*');
            var value = values.ToString();
            items = items.Where(item => Test(Path(item, field), op, value)).ToList();
        }

        if (query.TryGetValue("_sort", out var sort))
        {
            IOrderedEnumerable<JsonObject>? ordered = null;
            foreach (var part in sort.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var descending = part.EndsWith(":-", StringComparison.Ordinal);
                var name = part.TrimEnd('-', ':', '+');
                Func<JsonObject, string> keyOf = o => o[name]?.ToString() ?? string.Empty;
                ordered = ordered is null
                    ? descending ? items.OrderByDescending(keyOf, StringComparer.Ordinal) : items.OrderBy(keyOf, StringComparer.Ordinal)
                    : descending ? ordered.ThenByDescending(keyOf, StringComparer.Ordinal) : ordered.ThenBy(keyOf, StringComparer.Ordinal);
            }

            items = ordered ?? items;
        }

        // The metadata says what was served: a capped limit and an ignored offset show in it, as they would on a real server.
        start = FakePaging.Offset(variance, start);
        limit = FakePaging.PageSize(variance, limit);
        var all = items.ToList();
        var page = new JsonArray();
        foreach (var item in all.Skip(start).Take(limit))
        {
            page.Add(project is null ? item.DeepClone() : project(item));
        }

        return new JsonObject
        {
            ["entities"] = page,
            ["metadata"] = new JsonObject { ["count"] = all.Count, ["start"] = start, ["limit"] = limit },
        };
    }

    private static JsonNode? Path(JsonObject item, string[] path)
    {
        JsonNode? node = item;
        foreach (var part in path)
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    private static bool Test(JsonNode? node, string op, string value)
    {
        var text = node?.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? node.ToString() : null;
        if (text is null)
        {
            return op == "neq";
        }

        var cmp = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            ? a.CompareTo(b)
            : string.CompareOrdinal(text, value);
        return op switch
        {
            "eq" => cmp == 0,
            "neq" => cmp != 0,
            "gt" => cmp > 0,
            "gte" => cmp >= 0,
            "lt" => cmp < 0,
            "lte" => cmp <= 0,
            "in" => value.Split(',').Contains(text, StringComparer.Ordinal),
            _ => text.Contains(value.Trim('%'), StringComparison.OrdinalIgnoreCase),
        };
    }
}
