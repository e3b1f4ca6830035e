using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A token issued by <c>POST /auth/token</c>. Put <see cref="Token"/> in <c>Instasent:Hellio:Token</c>.</summary>
public sealed record HellioIssuedToken
{
    /// <summary>Gets the plaintext token (shown once). Never logged or printed by the SDK.</summary>
    [JsonPropertyName("token")]
    public string Token { get; init; } = string.Empty;

    /// <summary>Gets the abilities (scopes) of the token, for example <c>sms:send</c>.</summary>
    [JsonPropertyName("abilities")]
    public IReadOnlyList<string>? Abilities { get; init; }

    /// <summary>Gets the user.</summary>
    [JsonPropertyName("user")]
    public HellioTokenUser? User { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioIssuedToken {{ Token = ***, Abilities = [{string.Join(", ", Abilities ?? [])}], User = {User} }}";
}
