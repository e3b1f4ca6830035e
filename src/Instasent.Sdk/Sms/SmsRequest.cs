using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Sms;

/// <summary>One SMS to send through the Legacy or Transactional API.</summary>
public sealed record SmsRequest
{
    /// <summary>Initializes a new instance.</summary>
    public SmsRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="from">The sender id (at most 11 characters).</param>
    /// <param name="to">The recipient in E.164 form (for example <c>+34600000000</c>).</param>
    /// <param name="text">The message text.</param>
    [SetsRequiredMembers]
    public SmsRequest(string from, string to, string text)
    {
        From = from;
        To = to;
        Text = text;
    }

    /// <summary>Gets the sender id: at most 11 characters.</summary>
    [JsonPropertyName("from")]
    public required string From { get; init; }

    /// <summary>Gets the recipient in E.164 form with the leading <c>+</c>.</summary>
    [JsonPropertyName("to")]
    public required string To { get; init; }

    /// <summary>Gets the message text.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Gets your own reference (at most 40 characters), echoed in delivery reports.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>
    /// Gets whether the message may be sent as Unicode (UCS-2). Text with characters outside GSM-7 needs it; what the API
    /// does with such text when it is not set is undocumented (it may reject or transliterate), so set it whenever
    /// <see cref="SmsSegmentCalculator"/> reports <see cref="SmsEncoding.Ucs2"/>.
    /// </summary>
    [JsonPropertyName("allowUnicode")]
    public bool? AllowUnicode { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"SmsRequest {{ From = {From}, To = {PiiMasker.MaskPhone(To ?? string.Empty)}, Text = ({Text?.Length ?? 0} chars), ClientId = {ClientId} }}";
}
