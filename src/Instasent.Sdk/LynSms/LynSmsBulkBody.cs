using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// The body of one bulk request. LynSMS does not document it; this SDK sends the send fields with the recipients as
/// an array named <c>recipients</c> (the shape other multi-recipient APIs of the kind use).
/// </summary>
internal sealed record LynSmsBulkBody
{
    [JsonPropertyName("from")]
    public required string From { get; init; }

    [JsonPropertyName("body")]
    public required string Body { get; init; }

    [JsonPropertyName("recipients")]
    public required IReadOnlyList<string> Recipients { get; init; }

    [JsonPropertyName("route_id")]
    public int? RouteId { get; init; }

    [JsonPropertyName("provider")]
    public LynSmsProvider? Provider { get; init; }

    [JsonPropertyName("reference")]
    public string? Reference { get; init; }
}
