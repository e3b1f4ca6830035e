using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// A key to mint with <c>POST /api-keys/create</c>. The body is undocumented; the members follow the documented key
/// properties (a name, scopes, an IPv4 allowlist). Unset members are not sent.
/// </summary>
public sealed record LynSmsApiKeyRequest
{
    /// <summary>Initializes a new instance; set <see cref="Name"/>.</summary>
    public LynSmsApiKeyRequest()
    {
    }

    /// <summary>Initializes a new instance with its name.</summary>
    /// <param name="name">A label for the key, for example the environment.</param>
    public LynSmsApiKeyRequest(string name)
    {
        Name = name;
    }

    /// <summary>Gets a label for the key, for example the environment.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the scopes (<c>sms:send</c>, <c>sms:bulk</c>, <c>sms:read</c>, <c>balance:read</c>, <c>dlr:read</c>).</summary>
    [JsonPropertyName("scopes")]
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Gets the IPv4 addresses the key may be used from; <see langword="null"/> for any.</summary>
    [JsonPropertyName("allowed_ips")]
    public IReadOnlyList<string>? AllowedIps { get; init; }
}
