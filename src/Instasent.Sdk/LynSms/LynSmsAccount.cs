using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// The account behind the key (<c>GET /account</c>). The response body is not documented, so only likely members are
/// modelled and everything lands in <see cref="AdditionalProperties"/> as well.
/// </summary>
public sealed record LynSmsAccount
{
    /// <summary>Gets the account id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the object type.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the account name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the account e-mail.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the plan.</summary>
    [JsonPropertyName("plan")]
    public string? Plan { get; init; }

    /// <summary>Gets the balance, when the account object carries it.</summary>
    [JsonPropertyName("balance")]
    public decimal? Balance { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsAccount {{ Id = {Id}, Name = {Name}, Email = {PiiMasker.Mask(Email)}, Plan = {Plan} }}";
}
