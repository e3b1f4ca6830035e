using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.LynSms;

/// <summary>One SMS to send with <c>POST /messages/send</c> (the documented <c>SendMessageRequest</c>).</summary>
public sealed record LynSmsSmsRequest
{
    /// <summary>Initializes a new instance; set <see cref="From"/>, <see cref="To"/> and <see cref="Body"/>.</summary>
    public LynSmsSmsRequest()
    {
    }

    /// <summary>Initializes a new instance with the three required fields, in the SDK's send order.</summary>
    /// <param name="from">An approved sender id: up to 11 letters and digits, or a numeric long/short code.</param>
    /// <param name="to">The recipient in E.164 form, such as <c>+12025550143</c>.</param>
    /// <param name="body">The text, up to 1,600 characters.</param>
    public LynSmsSmsRequest(string from, string to, string body)
    {
        From = from;
        To = to;
        Body = body;
    }

    /// <summary>Gets an approved sender id: up to 11 letters and digits, or a numeric long/short code.</summary>
    [JsonPropertyName("from")]
    public string From { get; init; } = string.Empty;

    /// <summary>Gets the recipient in E.164 form, such as <c>+12025550143</c>.</summary>
    [JsonPropertyName("to")]
    public string To { get; init; } = string.Empty;

    /// <summary>Gets the text, up to 1,600 characters (long bodies are split into segments by LynSMS).</summary>
    [JsonPropertyName("body")]
    public string Body { get; init; } = string.Empty;

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
    public override string ToString() => $"LynSmsSmsRequest {{ From = {From}, To = {PiiMasker.MaskPhone(To ?? string.Empty)}, BodyLength = {Body?.Length ?? 0} }}";
}
