using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Hellio;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// One step of a USSD session, posted by Hellio to the app's <c>callback_url</c>. Answer with a
/// <see cref="HellioUssdReply"/>. The wire names are camelCase here, unlike the rest of the Hellio API.
/// </summary>
public sealed record HellioUssdCallback
{
    /// <summary>Gets the session id, the same for every step of one session.</summary>
    [JsonPropertyName("sessionId")]
    public string SessionId { get; init; } = string.Empty;

    /// <summary>Gets the user's number. Personal data: masked by <see cref="ToString"/>.</summary>
    [JsonPropertyName("msisdn")]
    public string? Msisdn { get; init; }

    /// <summary>Gets the dialled service code (for example <c>*920*100#</c>).</summary>
    [JsonPropertyName("serviceCode")]
    public string? ServiceCode { get; init; }

    /// <summary>Gets what the user typed at this step (empty on the first step). Not shown by <see cref="ToString"/>.</summary>
    [JsonPropertyName("input")]
    public string? Input { get; init; }

    /// <summary>Gets the step number within the session.</summary>
    [JsonPropertyName("sequence")]
    public int? Sequence { get; init; }

    /// <summary>Gets the app mode the session runs in; the callback is signed with that mode's secret.</summary>
    [JsonPropertyName("mode")]
    public HellioUssdMode Mode { get; init; }

    /// <summary>Gets members the SDK does not model, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"HellioUssdCallback {{ SessionId = {SessionId}, Msisdn = {(Msisdn is null ? null : PiiMasker.MaskPhone(Msisdn))}, ServiceCode = {ServiceCode}, Sequence = {Sequence}, Mode = {Mode} }}";
}
