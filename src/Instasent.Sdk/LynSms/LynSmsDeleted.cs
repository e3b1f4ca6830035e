using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>The result of a revoke or delete. The response body is undocumented; when it is empty, <see cref="Id"/> is the id you passed.</summary>
public sealed record LynSmsDeleted
{
    /// <summary>Gets the id of the removed object.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object type, when the server sent one.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
