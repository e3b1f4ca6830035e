using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Hellio;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// A verified Hellio delivery receipt, sent when a message reaches a final state. Hellio retries failed deliveries:
/// make the handler idempotent with <see cref="DeduplicationKey"/> (receipts without a <c>provider_message_id</c> have none).
/// </summary>
public sealed record HellioWebhookEvent
{
    /// <summary>Gets the event; unknown values are kept.</summary>
    [JsonPropertyName("event")]
    public HellioWebhookEventType Event { get; init; }

    /// <summary>Gets the recipient. Personal data: masked by <see cref="ToString"/>.</summary>
    [JsonPropertyName("mobile_number")]
    public string? MobileNumber { get; init; }

    /// <summary>Gets the provider's message id, the key Hellio recommends for idempotent handling.</summary>
    [JsonPropertyName("provider_message_id")]
    public string? ProviderMessageId { get; init; }

    /// <summary>Gets the final status (for example <see cref="HellioMessageStatus.Delivered"/>); Hellio publishes no closed list, so other values are kept.</summary>
    [JsonPropertyName("status")]
    public HellioMessageStatus? Status { get; init; }

    /// <summary>Gets when the status was reached.</summary>
    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets members the SDK does not model, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>
    /// Gets a key that is the same for retried deliveries of one receipt and differs between receipts:
    /// <c>provider_message_id|event|status|timestamp</c> (the id alone would merge a <c>failed</c> and a later
    /// <c>delivered</c> receipt of one message). <see langword="null"/> when the receipt has no
    /// <c>provider_message_id</c>: Hellio sends no event id, and two receipts without one can be byte-identical yet
    /// distinct, so such receipts are never deduplicated (a lost receipt is worse than one handled twice).
    /// </summary>
    [JsonIgnore]
    public string? DeduplicationKey => string.IsNullOrEmpty(ProviderMessageId)
        ? null
        : string.Join(
            '|',
            ProviderMessageId,
            Event.Value,
            Status?.Value ?? string.Empty,
            Timestamp?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() =>
        $"HellioWebhookEvent {{ Event = {Event}, MobileNumber = {(MobileNumber is null ? null : PiiMasker.MaskPhone(MobileNumber))}, ProviderMessageId = {ProviderMessageId}, Status = {Status}, Timestamp = {Timestamp:O} }}";
}
