using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Webhooks;

/// <summary>The message subset carried in the <c>data</c> member of a LynSMS webhook event.</summary>
public sealed record LynSmsWebhookMessage
{
    /// <summary>Gets the message id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the object kind (<c>message</c>).</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the recipient. Personal data: masked by <see cref="ToString"/>.</summary>
    [JsonPropertyName("to")]
    public string? To { get; init; }

    /// <summary>Gets the sender id or number.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary>
    /// Gets the message status as sent. LynSMS publishes no closed status list, so the raw value is kept;
    /// branch on <see cref="LynSmsWebhookEvent.Type"/> instead.
    /// </summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the upstream provider that carried the message.</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>Gets when the carrier confirmed delivery, if it did.</summary>
    [JsonPropertyName("delivered_at")]
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Gets members the SDK does not model, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"LynSmsWebhookMessage {{ Id = {Id}, To = {(To is null ? null : PiiMasker.MaskPhone(To))}, From = {PiiMasker.Mask(From)}, Status = {Status}, Provider = {Provider}, DeliveredAt = {DeliveredAt:O} }}";
}
