using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>One simulated step of a USSD session (<c>POST /ussd/simulate</c>), for testing an app without a handset.</summary>
public sealed record HellioUssdSimulateRequest
{
    /// <summary>Initializes a new instance; set every required property.</summary>
    public HellioUssdSimulateRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="appId">The app.</param>
    /// <param name="sessionId">Your session id (at most 120 characters); reuse it for every step of one session.</param>
    /// <param name="msisdn">The simulated subscriber number (at most 20 characters).</param>
    [SetsRequiredMembers]
    public HellioUssdSimulateRequest(string appId, string sessionId, string msisdn)
    {
        AppId = appId;
        SessionId = sessionId;
        Msisdn = msisdn;
    }

    /// <summary>Gets the app.</summary>
    [JsonPropertyName("app_id")]
    public required string AppId { get; init; }

    /// <summary>Gets your session id (at most 120 characters); reuse it for every step of one session.</summary>
    [JsonPropertyName("session_id")]
    public required string SessionId { get; init; }

    /// <summary>Gets the simulated subscriber number (at most 20 characters). Personal data: masked by <see cref="ToString"/>.</summary>
    [JsonPropertyName("msisdn")]
    public required string Msisdn { get; init; }

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
