using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.LynSms;

/// <summary>One message to send with <c>POST /messages/send</c> (the documented <c>SendMessageRequest</c>).</summary>
/// <param name="From">An approved sender id: up to 11 letters and digits, or a numeric long/short code.</param>
/// <param name="To">The recipient in E.164 form, such as <c>+12025550143</c>.</param>
/// <param name="Body">The text, up to 1,600 characters (long bodies are split into segments by LynSMS).</param>
public sealed record LynSmsSendRequest(
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("body")] string Body)
{
    /// <summary>Gets a route to force; <see langword="null"/> lets LynSMS choose.</summary>
    [JsonPropertyName("route_id")]
    public int? RouteId { get; init; }

    /// <summary>Gets a preferred provider; <see langword="null"/> lets LynSMS choose.</summary>
    [JsonPropertyName("provider")]
    public LynSmsProvider? Provider { get; init; }

    /// <summary>Gets your own reference (for example <c>signup-9214</c>). A tag only: LynSMS does not de-duplicate on it.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsSendRequest {{ From = {From}, To = {PiiMasker.MaskPhone(To ?? string.Empty)}, BodyLength = {Body?.Length ?? 0} }}";
}
