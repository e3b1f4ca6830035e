using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Sms;

/// <summary>
/// An SMS as the Instasent API reports it (sent, listed or read back; what you send is an <see cref="SmsRequest"/>).
/// Also the SMS of the Product API. The exact schema is not published; fields follow the Product API's SMS
/// entity, every field is optional, and anything else the server sends lands in <see cref="AdditionalProperties"/>.
/// </summary>
[JsonConverter(typeof(SmsMessageJsonConverter))]
public sealed record SmsMessage
{
    /// <summary>Gets the message id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets your reference, if you sent one.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>Gets the sender id.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary>Gets the recipient as sent.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>Gets the recipient as normalized by the server.</summary>
    [JsonPropertyName("normalizedTo")]
    public string? NormalizedTo { get; init; }

    /// <summary>Gets the message text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Gets the text as delivered (after any transliteration).</summary>
    [JsonPropertyName("deliveredText")]
    public string? DeliveredText { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonPropertyName("status")]
    public SmsStatus Status { get; init; }

    /// <summary>Gets the status reason code.</summary>
    [JsonPropertyName("statusCode")]
    public JsonElement? StatusCode { get; init; }

    /// <summary>Gets whether Unicode was allowed.</summary>
    [JsonPropertyName("allowUnicode")]
    public bool? AllowUnicode { get; init; }

    /// <summary>Gets whether the message went out as Unicode.</summary>
    [JsonPropertyName("unicode")]
    public bool? Unicode { get; init; }

    /// <summary>Gets the encoding the server chose.</summary>
    [JsonPropertyName("encoding")]
    public string? Encoding { get; init; }

    /// <summary>Gets the character count the server computed.</summary>
    [JsonPropertyName("charsCount")]
    public int? CharsCount { get; init; }

    /// <summary>Gets the number of parts (segments).</summary>
    [JsonPropertyName("messagesCount")]
    public int? MessagesCount { get; init; }

    /// <summary>Gets the destination country.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets the price per part.</summary>
    [JsonPropertyName("pricePerSms")]
    public decimal? PricePerSms { get; init; }

    /// <summary>Gets the price charged to the user.</summary>
    [JsonPropertyName("priceUser")]
    public decimal? PriceUser { get; init; }

    /// <summary>Gets whether the message was charged.</summary>
    [JsonPropertyName("charged")]
    public bool? Charged { get; init; }

    /// <summary>Gets whether this is an inbound message.</summary>
    [JsonPropertyName("inbound")]
    public bool? Inbound { get; init; }

    /// <summary>Gets when the message was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the message is scheduled.</summary>
    [JsonPropertyName("scheduledAt")]
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>Gets when the message was sent.</summary>
    [JsonPropertyName("sentAt")]
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Gets when the message was delivered.</summary>
    [JsonPropertyName("deliveredAt")]
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Gets free-form metadata.</summary>
    [JsonPropertyName("metadata")]
    public JsonElement? Metadata { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"SmsMessage {{ Id = {Id}, To = {PiiMasker.MaskPhone(To ?? string.Empty)}, Status = {Status}, Parts = {MessagesCount} }}";
}
