using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// Every Product (and Ingest read) envelope in one tolerant shape: <c>entity</c>, <c>entities</c>, <c>specs</c> (the
/// datasource-level spec key) and <c>metadata</c>. Endpoints whose docs disagree on the shape are read through this.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed record ProductEnvelope<T>
{
    [JsonPropertyName("entity")]
    public T? Entity { get; init; }

    [JsonPropertyName("entities")]
    public IReadOnlyList<T>? Entities { get; init; }

    [JsonPropertyName("specs")]
    public IReadOnlyList<T>? Specs { get; init; }

    [JsonPropertyName("metadata")]
    public ProductMetadata? Metadata { get; init; }
}
