using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>The stream contact read is wrapped in <c>contact</c> per one source; <c>entity</c> is accepted too.</summary>
internal sealed record StreamContactEnvelope
{
    [JsonPropertyName("contact")]
    public StreamContact? Contact { get; init; }

    [JsonPropertyName("entity")]
    public StreamContact? Entity { get; init; }
}
