using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>An API key. <see cref="Key"/> holds the secret only in the response of its creation (LynSMS stores a hash).</summary>
public sealed record LynSmsApiKey
{
    /// <summary>Gets the key id, used to revoke it.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object type.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the label.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the secret key (<c>ds_live_…</c>), present only when the key was just created. Store it now; it is never shown again.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    /// <summary>Gets the scopes.</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Gets the IPv4 allowlist.</summary>
    [JsonPropertyName("allowed_ips")]
    public IReadOnlyList<string>? AllowedIps { get; init; }

    /// <summary>Gets when the key was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsApiKey {{ Id = {Id}, Name = {Name}, Key = {(string.IsNullOrEmpty(Key) ? "(not shown)" : "***")} }}";
}
