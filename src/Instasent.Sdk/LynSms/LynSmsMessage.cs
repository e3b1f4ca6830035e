using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// An SMS as LynSMS reports it (<c>object = "message"</c>): the answer of a send or a read, and the <c>data</c> of a
/// webhook event (<see cref="Webhooks.LynSmsWebhookEvent.Data"/>, which carries a subset of the fields). Only the fields
/// of the documented samples are modelled; every field is optional and anything else lands in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record LynSmsMessage
{
    /// <summary>Gets the id (<c>msg_</c> and 25 characters).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object type, <c>message</c>.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the recipient (E.164). Personal data: masked by <see cref="ToString"/>.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>Gets the sender id.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary>Gets the message text. Personal data: left out of <see cref="ToString"/>.</summary>
    [JsonPropertyName("body")]
    public string? Body { get; init; }

    /// <summary>
    /// Gets the status; values LynSMS adds later are kept (see <see cref="LynSmsMessageStatus.IsKnown"/>). When the
    /// server sent none (webhook data may leave it out: branch on the event type there) it is the default value, whose
    /// <see cref="LynSmsMessageStatus.Value"/> is empty, and it is not written back.
    /// </summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public LynSmsMessageStatus Status { get; init; }

    /// <summary>Gets the cost (the API sends 4 decimals).</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets the currency of <see cref="Cost"/>, for example <c>USD</c>.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets the provider that carried the message.</summary>
    [JsonPropertyName("provider")]
    public LynSmsProvider? Provider { get; init; }

    /// <summary>Gets your reference, if you sent one.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets when the message was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the message was sent.</summary>
    [JsonPropertyName("sent_at")]
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Gets when the message was delivered.</summary>
    [JsonPropertyName("delivered_at")]
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"LynSmsMessage {{ Id = {Id}, To = {(To is null ? null : PiiMasker.MaskPhone(To))}, From = {PiiMasker.Mask(From)}, Status = {Status}, Provider = {Provider}, DeliveredAt = {DeliveredAt:O} }}";
}
