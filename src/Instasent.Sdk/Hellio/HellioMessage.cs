using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// One message and its delivery status (<c>GET /messages</c>, <c>GET /messages/{id}</c>). The schema and status list are
/// undocumented; likely members are modelled, statuses are kept as sent (for example <c>delivered</c>, <c>failed</c>).
/// </summary>
/// <remarks>
/// Not an SMS type although SMS is most of what it holds: an OTP sent by voice, WhatsApp or e-mail is a message too
/// (its <c>reference</c> is read with <c>GET /messages/{reference}</c>), which is why the client keeps the
/// <c>GetMessageAsync</c> / <c>ListMessagesAsync</c> names instead of the SMS ones.
/// </remarks>
public sealed record HellioMessage
{
    /// <summary>Gets the id (a uuid reference or a number; kept as text).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the message reference (uuid).</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the campaign id.</summary>
    [JsonPropertyName("campaign_id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? CampaignId { get; init; }

    /// <summary>Gets the recipient.</summary>
    [JsonPropertyName("mobile_number")]
    public string? MobileNumber { get; init; }

    /// <summary>Gets the sender id.</summary>
    [JsonPropertyName("sender")]
    public string? Sender { get; init; }

    /// <summary>Gets the text.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets the delivery status; values outside the documented ones are kept.</summary>
    [JsonPropertyName("status")]
    public HellioMessageStatus? Status { get; init; }

    /// <summary>Gets the number of segments.</summary>
    [JsonPropertyName("segments")]
    public int? Segments { get; init; }

    /// <summary>Gets the cost.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets the carrier's message id (also in delivery webhooks).</summary>
    [JsonPropertyName("provider_message_id")]
    public string? ProviderMessageId { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was delivered.</summary>
    [JsonPropertyName("delivered_at")]
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioMessage {{ Id = {Id}, MobileNumber = {PiiMasker.MaskPhone(MobileNumber ?? string.Empty)}, Status = {Status} }}";
}
