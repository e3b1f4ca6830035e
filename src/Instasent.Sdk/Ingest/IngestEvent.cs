using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// An event record for <c>POST /stream/events</c>. Events are immutable once accepted and de-duplicated by
/// <see cref="EventId"/>, which is what makes a retried batch safe.
/// </summary>
public sealed record IngestEvent
{
    /// <summary>Initializes a new instance; set <see cref="UserId"/>, <see cref="EventType"/> and <see cref="EventDate"/>.</summary>
    public IngestEvent()
    {
    }

    /// <summary>Initializes a new instance with its three required fields.</summary>
    /// <param name="userId">The contact's <c>_user_id</c>.</param>
    /// <param name="eventType">The event type (<c>_event_type</c>, an event spec UID).</param>
    /// <param name="eventDate">When it happened (<c>_event_date</c>).</param>
    public IngestEvent(string userId, string eventType, DateTimeOffset eventDate)
    {
        UserId = userId;
        EventType = eventType;
        EventDate = eventDate;
    }

    /// <summary>Gets the contact's <c>_user_id</c>.</summary>
    [JsonPropertyName("_user_id")]
    public string UserId { get; init; } = string.Empty;

    /// <summary>Gets the event type (<c>_event_type</c>, an event spec UID).</summary>
    [JsonPropertyName("_event_type")]
    public string EventType { get; init; } = string.Empty;

    /// <summary>Gets when it happened (<c>_event_date</c>, sent as UTC <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>).</summary>
    [JsonPropertyName("_event_date")]
    [JsonConverter(typeof(IngestDateTimeConverter))]
    public DateTimeOffset EventDate { get; init; }

    /// <summary>
    /// Gets the de-duplication key (<c>_event_id</c>). Give your own stable id when you have one. When it is
    /// <see langword="null"/>, the SDK derives one from the event's content: <c>sdk_</c> followed by the first 32 hex
    /// digits of SHA-256 over the user id, event type, event date (UTC, milliseconds) and parameters (keys sorted,
    /// values as JSON). The same event then always gets the same id, so a retried or re-run batch cannot create a
    /// duplicate; two events identical in all of these are treated as one.
    /// </summary>
    [JsonPropertyName("_event_id")]
    public string? EventId { get; init; }

    /// <summary>Gets the parameters (<c>_event_parameters</c>); prefer the <c>WithParameter</c> methods, which return a new event with its own copy of them.</summary>
    [JsonPropertyName("_event_parameters")]
    public IDictionary<string, JsonElement>? Parameters { get; init; }

    /// <summary>Sets a text parameter.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new event with the parameter set; this one is not changed.</returns>
    public IngestEvent WithParameter(string key, string? value) => Set(key, IngestJsonValues.Text(value));

    /// <summary>Sets a number parameter.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new event with the parameter set; this one is not changed.</returns>
    public IngestEvent WithParameter(string key, decimal value) => Set(key, JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.Decimal));

    /// <summary>Sets a boolean parameter.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new event with the parameter set; this one is not changed.</returns>
    public IngestEvent WithParameter(string key, bool value) => Set(key, JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.Boolean));

    /// <summary>Sets a date parameter, written <c>YYYY-MM-DD</c>.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The date.</param>
    /// <returns>A new event with the parameter set; this one is not changed.</returns>
    public IngestEvent WithParameter(string key, DateOnly value) =>
        Set(key, IngestJsonValues.Text(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>Sets a parameter to any JSON value.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new event with the parameter set; this one is not changed.</returns>
    public IngestEvent WithParameter(string key, JsonElement value) => Set(key, value.Clone());

    /// <inheritdoc />
    public override string ToString() => $"IngestEvent {{ UserId = {UserId}, EventType = {EventType}, EventDate = {EventDate:O}, EventId = {EventId}, Parameters = {Parameters?.Count ?? 0} }}";

    // Copied, not shared, for the same reason as IngestContact's attributes.
    private IngestEvent Set(string key, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var parameters = Parameters is null
            ? new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(Parameters, StringComparer.Ordinal);
        parameters[key] = value;
        return this with { Parameters = parameters };
    }
}
