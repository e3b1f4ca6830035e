using System.Text.Json;

namespace Instasent.Sdk.Product;

/// <summary>
/// The result of <c>POST /audience/aggregations</c>. The aggregation syntax is undocumented, so results stay raw JSON,
/// keyed by the aggregation names the request used.
/// </summary>
public sealed class AudienceAggregations
{
    /// <summary>Gets the results: one JSON value per aggregation name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Results { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Gets the number of contacts the aggregations ran over, when the server reports it.</summary>
    public long? TotalHits { get; init; }
}
