using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>One simulated step of a USSD session (<c>POST /ussd/simulate</c>), for testing an app without a handset.</summary>
/// <param name="AppId">The app.</param>
/// <param name="SessionId">Your session id (at most 120 characters); reuse it for every step of one session.</param>
/// <param name="Msisdn">The simulated subscriber number (at most 20 characters).</param>
public sealed record HellioUssdSimulateRequest(
    [property: JsonPropertyName("app_id")] string AppId,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("msisdn")] string Msisdn)
{
    /// <summary>Gets the dialled service code (at most 32 characters).</summary>
    [JsonPropertyName("service_code")]
    public string? ServiceCode { get; init; }

    /// <summary>Gets the subscriber's input for this step (at most 182 characters).</summary>
    [JsonPropertyName("input")]
    public string? Input { get; init; }

    /// <summary>Gets whether this step opens the session.</summary>
    [JsonPropertyName("new_session")]
    public bool NewSession { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioUssdSimulateRequest {{ AppId = {AppId}, SessionId = {SessionId}, Msisdn = {PiiMasker.MaskPhone(Msisdn ?? string.Empty)}, NewSession = {NewSession} }}";
}
