using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Serialization;

/// <summary>Instasent's list envelope: <c>{"entities": [...], "metadata": {...}}</c>.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed record EntitiesEnvelope<T>
{
    [JsonPropertyName("entities")]
    public IReadOnlyList<T>? Entities { get; init; }

    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }
}
