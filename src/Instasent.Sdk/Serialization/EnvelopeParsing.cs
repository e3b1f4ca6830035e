using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Instasent.Sdk.Serialization;

/// <summary>
/// Reads Instasent responses whose wrapper is not documented for every endpoint: a single resource may come as
/// <c>{"entity": {...}}</c> or bare, a list as <c>{"entities": [...]}</c> or a bare array. Both are accepted.
/// </summary>
internal static class EnvelopeParsing
{
    public static T EntityOrRoot<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<EntityEnvelope<T>> envelopeInfo, JsonTypeInfo<T> bareInfo)
        where T : class
    {
        var envelope = Http.InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        return envelope?.Entity ?? JsonSerializer.Deserialize(body.Span, bareInfo) ?? throw new JsonException("The response holds no entity.");
    }

    public static IReadOnlyList<T> EntitiesOrArray<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<EntitiesEnvelope<T>> envelopeInfo, JsonTypeInfo<IReadOnlyList<T>> arrayInfo)
    {
        if (FirstSignificantByte(body.Span) == (byte)'[')
        {
            return JsonSerializer.Deserialize(body.Span, arrayInfo) ?? [];
        }

        var envelope = Http.InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        return envelope?.Entities ?? [];
    }

    /// <summary>Reads one resource: <c>entity</c>, else the first of <c>entities</c>, else the bare body.</summary>
    public static T ResourceOrRoot<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<ResourceEnvelope<T>> envelopeInfo, JsonTypeInfo<T> bareInfo)
        where T : class
    {
        var envelope = Http.InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        return envelope?.Entity ?? envelope?.Entities?.FirstOrDefault()
            ?? JsonSerializer.Deserialize(body.Span, bareInfo) ?? throw new JsonException("The response holds no entity.");
    }

    /// <summary>Reads a list: a bare array, else <c>entities</c>, else <c>specs</c>, else a lone <c>entity</c> as a list of one.</summary>
    public static IReadOnlyList<T> ItemsOrArray<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<ResourceEnvelope<T>> envelopeInfo, JsonTypeInfo<IReadOnlyList<T>> arrayInfo)
    {
        if (FirstSignificantByte(body.Span) == (byte)'[')
        {
            return JsonSerializer.Deserialize(body.Span, arrayInfo) ?? [];
        }

        var envelope = Http.InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        if (envelope is null)
        {
            return [];
        }

        return envelope.Entities ?? envelope.Specs ?? (envelope.Entity is { } entity ? [entity] : []);
    }

    public static byte FirstSignificantByte(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }

        return 0;
    }
}
