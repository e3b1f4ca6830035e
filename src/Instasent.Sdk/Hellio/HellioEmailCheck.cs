using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The verdict on one address from <c>POST /email/verify</c> (syntax, MX, mailbox, disposable and role checks). The
/// response shape is undocumented; likely members are modelled and the rest kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record HellioEmailCheck
{
    /// <summary>Gets the address.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the overall status, for example <c>valid</c> or <c>invalid</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets whether the address is deliverable.</summary>
    [JsonPropertyName("valid")]
    public bool? Valid { get; init; }

    /// <summary>Gets whether the syntax is valid.</summary>
    [JsonPropertyName("syntax_valid")]
    public bool? SyntaxValid { get; init; }

    /// <summary>Gets whether the domain has MX records.</summary>
    [JsonPropertyName("mx_found")]
    public bool? MxFound { get; init; }

    /// <summary>Gets whether the address is a disposable one.</summary>
    [JsonPropertyName("disposable")]
    public bool? Disposable { get; init; }

    /// <summary>Gets whether the address is a role account (info@, admin@…).</summary>
    [JsonPropertyName("role")]
    public bool? Role { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioEmailCheck {{ Email = {PiiMasker.Mask(Email)}, Status = {Status}, Valid = {Valid} }}";
}
