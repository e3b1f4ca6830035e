using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Http;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>
/// Reads Product responses whatever wrapper the server used: <c>{"entity": ...}</c>, <c>{"entities": [...]}</c>,
/// <c>{"specs": [...]}</c>, a bare object or a bare array. The sources disagree for several endpoints (§7 of the notes).
/// </summary>
internal static class ProductParsing
{
    public static ProductResult<T> Single<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<ProductEnvelope<T>> envelopeInfo, JsonTypeInfo<T> bareInfo)
        where T : class
    {
        var envelope = InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        var entity = envelope?.Entity ?? envelope?.Entities?.FirstOrDefault();
        if (entity is null)
        {
            entity = JsonSerializer.Deserialize(body.Span, bareInfo) ?? throw new JsonException("The response holds no entity.");
        }

        return new ProductResult<T>(entity, envelope?.Metadata ?? ProductMetadata.Empty);
    }

    public static ProductList<T> List<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<ProductEnvelope<T>> envelopeInfo, JsonTypeInfo<IReadOnlyList<T>> arrayInfo)
    {
        if (EnvelopeParsing.FirstSignificantByte(body.Span) == (byte)'[')
        {
            return new ProductList<T>(JsonSerializer.Deserialize(body.Span, arrayInfo) ?? [], ProductMetadata.Empty);
        }

        var envelope = InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        if (envelope is null)
        {
            return new ProductList<T>([], ProductMetadata.Empty);
        }

        // Search by phone/e-mail: one source shows a list, the docs quickstart a single entity.
        IReadOnlyList<T> items = envelope.Entities ?? envelope.Specs ?? (envelope.Entity is not null ? [envelope.Entity] : []);
        return new ProductList<T>(items, envelope.Metadata ?? ProductMetadata.Empty);
    }

    public static JsonElement Root(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new JsonException("The response body is empty.");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public static AudienceAggregations Aggregations(ReadOnlyMemory<byte> body)
    {
        var root = Root(body);
        var results = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object)
        {
            var source = root.TryGetProperty("entities", out var entities) ? entities : root.TryGetProperty("entity", out var entity) ? entity : root;
            if (source.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in source.EnumerateObject())
                {
                    results[property.Name] = property.Value;
                }
            }
        }

        long? total = root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("metadata", out var metadata)
            && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("totalHits", out var hits)
            && hits.TryGetInt64(out var n) ? n : null;
        return new AudienceAggregations { Results = results, TotalHits = total };
    }

    public static AudienceActionResult Action(ReadOnlyMemory<byte> body, int status) =>
        new() { StatusCode = status, Body = EnvelopeParsing.FirstSignificantByte(body.Span) == 0 ? null : Root(body) };
}
