using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Product;

namespace Instasent.Sdk.Ingest;

/// <summary>The answer of the datasource probe <c>GET /stream</c>: datasource, project, stream usage and the token's scopes.</summary>
public sealed record StreamInfo
{
    /// <summary>Gets the datasource.</summary>
    [JsonPropertyName("datasource")]
    public Datasource? Datasource { get; init; }

    /// <summary>Gets the project.</summary>
    [JsonPropertyName("project")]
    public Project? Project { get; init; }

    /// <summary>Gets the organization block (plan, account, API tier), as raw JSON.</summary>
    [JsonPropertyName("organization")]
    public JsonElement? Organization { get; init; }

    /// <summary>Gets the stream usage counters.</summary>
    [JsonPropertyName("stream")]
    public StreamUsage? Stream { get; init; }

    /// <summary>Gets the kind and scopes of the token used.</summary>
    [JsonPropertyName("token")]
    public StreamToken? Token { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
