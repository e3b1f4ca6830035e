using System.Text.Json;

namespace Instasent.Sdk.Product;

/// <summary>
/// The result of <c>POST /audience/aggregations</c>. The aggregation syntax is undocumented, so results stay raw JSON,
/// keyed by the aggregation names the request used.
/// </summary>
/// <param name="Results">The results: one JSON value per aggregation name.</param>
/// <param name="TotalHits">The number of contacts the aggregations ran over.</param>
public sealed record AudienceAggregations(IReadOnlyDictionary<string, JsonElement> Results, long? TotalHits);
