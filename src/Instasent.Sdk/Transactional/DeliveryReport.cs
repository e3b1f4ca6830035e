using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Transactional;

/// <summary>
/// A delivery report (or, with two-way SMS, an inbound message) posted by Instasent to your webhook URL.
/// Instasent retries a delivery whose answer is not 2xx within 5 seconds, so the same report can arrive more than once:
/// make the handler idempotent with <see cref="DeduplicationKey"/>.
/// </summary>
public sealed record DeliveryReport
{
    /// <summary>Gets the message id (the one returned when the SMS was created).</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets your <c>clientId</c>, if you sent one.</summary>
    [JsonPropertyName("clientId")]
    public string? ClientId { get; init; }

    /// <summary>Gets the status; values outside the documented list are kept.</summary>
    [JsonPropertyName("status")]
    public SmsStatus Status { get; init; }

    /// <summary>Gets the reason code refining <c>error</c>/<c>failed</c> (0 on success); the code table is not published.</summary>
    [JsonPropertyName("code")]
    public int? Code { get; init; }

    /// <summary>Gets when the status changed.</summary>
    [JsonPropertyName("eventAt")]
    public DateTimeOffset? EventAt { get; init; }

    /// <summary>Gets the inbound text (two-way messaging only). Personal data: not shown by <see cref="ToString"/>.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets whether this is an inbound message rather than a status change of an outbound one.</summary>
    [JsonIgnore]
    public bool IsInbound => Message is not null || Status == SmsStatus.Stop;

    /// <summary>
    /// Gets a key that is the same for duplicate deliveries of one report and differs between reports:
    /// <c>id|status|eventAt</c>. Store it and skip reports whose key you have seen.
    /// </summary>
    [JsonIgnore]
    public string DeduplicationKey => string.Join('|', Id, Status.Value, EventAt?.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() => $"DeliveryReport {{ Id = {Id}, Status = {Status}, Code = {Code}, EventAt = {EventAt:O} }}";
}
