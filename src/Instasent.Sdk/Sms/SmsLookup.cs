using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Sms;

/// <summary>
/// A number (HLR) lookup. Its response fields are not documented; the commonly returned ones are modelled and
/// everything else stays in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record SmsLookup
{
    /// <summary>Gets the lookup id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the number looked up.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>
    /// Gets the status of the lookup, as the server wrote it. Kept as text, not an extensible enum like
    /// <see cref="SmsStatus"/>: no lookup status value is documented anywhere, so there is no list to name.
    /// </summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the country of the number.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets the mobile country code.</summary>
    [JsonPropertyName("mcc")]
    public string? Mcc { get; init; }

    /// <summary>Gets the mobile network code.</summary>
    [JsonPropertyName("mnc")]
    public string? Mnc { get; init; }

    /// <summary>Gets the price charged.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>Gets when the lookup was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"SmsLookup {{ Id = {Id}, To = {PiiMasker.MaskPhone(To ?? string.Empty)}, Status = {Status} }}";
}
