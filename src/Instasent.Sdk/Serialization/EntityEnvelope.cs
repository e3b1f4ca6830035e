using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Serialization;

/// <summary>Instasent's single-resource envelope: <c>{"entity": {...}, "metadata": {...}}</c>.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed record EntityEnvelope<T>
{
    [JsonPropertyName("entity")]
    public T? Entity { get; init; }

    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }
}
