using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>Hellio's success envelope: <c>{"data": ..., "meta": {"next_cursor": ...}}</c> (no <c>success</c> flag).</summary>
/// <typeparam name="T">The type of <c>data</c>.</typeparam>
internal sealed record HellioEnvelope<T>
{
    [JsonPropertyName("data")]
    public T? Data { get; init; }

    [JsonPropertyName("meta")]
    public HellioMeta? Meta { get; init; }
}
