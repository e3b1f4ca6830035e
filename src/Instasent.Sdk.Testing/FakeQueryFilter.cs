using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Instasent.Sdk.Testing;

/// <summary>
/// Evaluates the audience/event query filter JSON of the Product API against the fake's contacts and events. Unknown
/// condition types and operators are refused with <see cref="FormatException"/> (the fake then answers 400
/// "Invalid query filter", as the real API does for a bad filter).
/// </summary>
internal sealed class FakeQueryFilter
{
    private readonly Func<FakeContact, JsonObject?, bool> contact;
    private readonly Func<FakeEvent, bool> evt;

    private FakeQueryFilter(Func<FakeContact, JsonObject?, bool> contact, Func<FakeEvent, bool> evt, bool isEmpty)
    {
        this.contact = contact;
        this.evt = evt;
        IsEmpty = isEmpty;
    }

    public bool IsEmpty { get; }

    public static FakeQueryFilter Parse(JsonObject? body, FakeAudienceState state, string projectId)
    {
        var root = body?["root"] as JsonObject;
        if (root is null || root["children"] is not JsonArray { Count: > 0 })
        {
            return new FakeQueryFilter((_, _) => true, _ => true, true);
        }

        var now = state.Now;
        var (c, e) = Compile(root, state, projectId, now);
        return new FakeQueryFilter(c, e, false);
    }

    public bool Matches(FakeContact c) =>
        IsEmpty || contact(c, JsonNode.Parse(c.AttributesJson) as JsonObject);

    public bool Matches(FakeEvent e) => IsEmpty || evt(e);

    private static (Func<FakeContact, JsonObject?, bool> Contact, Func<FakeEvent, bool> Event) Compile(JsonObject node, FakeAudienceState state, string projectId, DateTimeOffset now)
    {
        var type = (string?)node["type"] ?? throw new FormatException("condition without type");
        switch (type)
        {
            case "group":
            case "group_event":
                var or = string.Equals((string?)node["join"], "or", StringComparison.OrdinalIgnoreCase);
                var children = (node["children"] as JsonArray ?? [])
                    .Select(child => Compile(child as JsonObject ?? throw new FormatException("child is not an object"), state, projectId, now))
                    .ToArray();
                if (children.Length == 0)
                {
                    return ((_, _) => true, _ => true);
                }

                return or
                    ? ((c, a) => children.Any(x => x.Contact(c, a)), e => children.Any(x => x.Event(e)))
                    : ((c, a) => children.All(x => x.Contact(c, a)), e => children.All(x => x.Event(e)));
            case "attribute_condition":
            {
                var key = (string?)node["key"] ?? throw new FormatException("attribute_condition without key");
                var test = Operator(node, now);
                return ((_, a) => test(a?[key]), _ => false);
            }

            case "segment_condition":
            {
                var segment = state.FindSegment(projectId, (string?)node["key"] ?? string.Empty);
                return ((c, _) => segment?.Matches(c, null) == true, _ => false);
            }

            case "event_condition":
            {
                var key = (string?)node["key"] ?? throw new FormatException("event_condition without key");
                var test = Operator(node, now);
                Func<FakeEvent, bool> onEvent = key switch
                {
                    "event-type" => e => test(JsonValue.Create(e.EventType)),
                    "created-at" => e => test(JsonValue.Create(e.EventDate)),
                    _ when key.Contains('.', StringComparison.Ordinal) => e =>
                    {
                        var dot = key.IndexOf('.', StringComparison.Ordinal);
                        return e.EventType == key[..dot] && test(JsonNode.Parse(e.ParametersJson)?[key[(dot + 1)..]]);
                    },
                    _ => throw new FormatException("unknown event key " + key),
                };
                return ((c, _) => state.Events.Any(e => e.ProjectId == c.ProjectId && e.UserId == c.UserId && onEvent(e)), onEvent);
            }

            default:
                throw new FormatException("unknown condition type " + type);
        }
    }

    private static Func<JsonNode?, bool> Operator(JsonObject node, DateTimeOffset now)
    {
        var op = (string?)node["operator"] ?? throw new FormatException("condition without operator");
        var values = node["values"];
        switch (op)
        {
            case "exists":
                return v => v is not null && v.GetValueKind() != JsonValueKind.Null;
            case "contains":
            {
                var wanted = Strings(values);
                return v => Texts(v).Any(t => wanted.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)));
            }

            case "matches-string":
            {
                var wanted = Strings(values);
                var all = wanted.Count > 0 && wanted[0] == "&&";
                if (all)
                {
                    wanted = wanted.Skip(1).ToList();
                }

                return v =>
                {
                    var texts = Texts(v).ToList();
                    bool Has(string w) => texts.Any(t => string.Equals(t, w, StringComparison.OrdinalIgnoreCase));
                    return all ? wanted.All(Has) : wanted.Any(Has);
                };
            }

            case "range-number":
            {
                var lower = Number(values?["lowerNumber"]);
                var upper = Number(values?["upperNumber"]);
                return v => Number(v) is { } n && (lower is null || n >= lower) && (upper is null || n <= upper);
            }

            case "range-date-relative":
            {
                var lowerOffset = Number(values?["lowerOffset"]);
                var upperOffset = Number(values?["upperOffset"]);
                var lower = lowerOffset is { } lo ? now.AddDays((double)lo) : (DateTimeOffset?)null;
                var upper = upperOffset is { } up ? now.AddDays((double)up) : (DateTimeOffset?)null;
                return v => Texts(v).FirstOrDefault() is { } text
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                    && (lower is null || date >= lower) && (upper is null || date <= upper);
            }

            default:
                throw new FormatException("unknown operator " + op);
        }
    }

    private static List<string> Strings(JsonNode? values) =>
        values is JsonArray array ? array.Select(v => v?.ToString() ?? string.Empty).ToList() : [];

    private static IEnumerable<string> Texts(JsonNode? value) => value switch
    {
        null => [],
        JsonArray array => array.Select(v => v?.ToString() ?? string.Empty),
        _ => [value.ToString()],
    };

    private static decimal? Number(JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<decimal>(),
            JsonValueKind.String => decimal.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
            _ => null,
        };
    }
}
