using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// An event record for <c>POST /stream/events</c>. Events are immutable once accepted and de-duplicated by
/// <see cref="EventId"/>, which is what makes a retried batch safe.
/// </summary>
/// <param name="UserId">The contact's <c>_user_id</c>.</param>
/// <param name="EventType">The event type (<c>_event_type</c>, an event spec UID).</param>
/// <param name="EventDate">When it happened (<c>_event_date</c>, sent as UTC <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>).</param>
public sealed record IngestEvent(
    [property: JsonPropertyName("_user_id")] string UserId,
    [property: JsonPropertyName("_event_type")] string EventType,
    [property: JsonPropertyName("_event_date"), JsonConverter(typeof(IngestDateTimeConverter))] DateTimeOffset EventDate)
{
    /// <summary>
    /// Gets the de-duplication key (<c>_event_id</c>). Give your own stable id when you have one. When it is
    /// <see langword="null"/>, the SDK derives one from the event's content: <c>sdk_</c> followed by the first 32 hex
    /// digits of SHA-256 over the user id, event type, event date (UTC, milliseconds) and parameters (keys sorted,
    /// values as JSON). The same event then always gets the same id, so a retried or re-run batch cannot create a
    /// duplicate; two events identical in all of these are treated as one.
    /// </summary>
    [JsonPropertyName("_event_id")]
    public string? EventId { get; init; }

    /// <summary>Gets or sets the parameters (<c>_event_parameters</c>); prefer the <c>WithParameter</c> methods.</summary>
    [JsonPropertyName("_event_parameters")]
    public IDictionary<string, JsonElement>? Parameters { get; set; }

    /// <summary>Sets a text parameter.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This event.</returns>
    public IngestEvent WithParameter(string key, string? value) => Set(key, IngestJsonValues.Text(value));

    /// <summary>Sets a number parameter.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This event.</returns>
    public IngestEvent WithParameter(string key, decimal value) => Set(key, JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.Decimal));

    /// <summary>Sets a boolean parameter.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This event.</returns>
    public IngestEvent WithParameter(string key, bool value) => Set(key, JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.Boolean));

    /// <summary>Sets a date parameter, written <c>YYYY-MM-DD</c>.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The date.</param>
    /// <returns>This event.</returns>
    public IngestEvent WithParameter(string key, DateOnly value) =>
        Set(key, IngestJsonValues.Text(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>Sets a parameter to any JSON value.</summary>
    /// <param name="key">The parameter key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This event.</returns>
    public IngestEvent WithParameter(string key, JsonElement value) => Set(key, value.Clone());

    /// <inheritdoc />
    public override string ToString() => $"IngestEvent {{ UserId = {UserId}, EventType = {EventType}, EventDate = {EventDate:O}, EventId = {EventId}, Parameters = {Parameters?.Count ?? 0} }}";

    private IngestEvent Set(string key, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Parameters ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Parameters[key] = value;
        return this;
    }
}
