using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// The answer to an ingest write. The sources show two shapes and this model reads both: the documented
/// <c>{"entity": {"successful", "failed", "items": [...]}}</c> and the observed
/// <c>{"accepted": [{"position", "item"}], "errors": [{"position", "item", "error"}], "entitiesSuccess", ...}</c>.
/// </summary>
public sealed record IngestBatchResponse
{
    /// <summary>Gets the documented shape's block.</summary>
    [JsonPropertyName("entity")]
    public IngestBatchEntity? Entity { get; init; }

    /// <summary>Gets the observed shape's success flag.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>Gets whether the batch was a dry run.</summary>
    [JsonPropertyName("dryRun")]
    public bool? DryRun { get; init; }

    /// <summary>Gets how many records were accepted (observed shape).</summary>
    [JsonPropertyName("entitiesSuccess")]
    public int? EntitiesSuccess { get; init; }

    /// <summary>Gets how many records failed (observed shape).</summary>
    [JsonPropertyName("entitiesFailures")]
    public int? EntitiesFailures { get; init; }

    /// <summary>Gets the accepted records with their positions (observed shape).</summary>
    [JsonPropertyName("accepted")]
    public IReadOnlyList<IngestPositionedItem>? Accepted { get; init; }

    /// <summary>
    /// Gets the rejected records (observed shape: a list of <c>{"position", "item", "error"}</c>). Kept as raw JSON because
    /// a general error body may carry an <c>errors</c> object instead.
    /// </summary>
    [JsonPropertyName("errors")]
    public JsonElement? Errors { get; init; }

    /// <summary>Gets the error message, on a refused batch.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets members this version of the SDK does not know (project and datasource ids, stats...).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether the response says anything about individual records.</summary>
    [JsonIgnore]
    public bool HasItemDetails =>
        Entity?.Items is { Count: > 0 } || Accepted is { Count: > 0 } || Errors is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0;
}
