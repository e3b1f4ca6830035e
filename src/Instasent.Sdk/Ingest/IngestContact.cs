using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// A contact record for <c>POST /stream/contacts</c>. Re-sending the same <see cref="UserId"/> updates the contact, so
/// upserts are safe to retry. Reserved attributes have typed properties; anything else goes in <see cref="Attributes"/>
/// (see <c>/stream/specs/attributes</c> for the project's keys and types).
/// </summary>
public sealed record IngestContact
{
    /// <summary>Initializes a new instance; set <see cref="UserId"/>.</summary>
    public IngestContact()
    {
    }

    /// <summary>Initializes a new instance with its key.</summary>
    /// <param name="userId">The contact's id in your system (<c>_user_id</c>), unique per datasource.</param>
    public IngestContact(string userId)
    {
        UserId = userId;
    }

    /// <summary>Gets the contact's id in your system (<c>_user_id</c>), unique per datasource.</summary>
    [JsonPropertyName("_user_id")]
    public string UserId { get; init; } = string.Empty;

    /// <summary>Gets <c>_email</c>.</summary>
    [JsonPropertyName("_email")]
    public string? Email { get; init; }

    /// <summary>Gets <c>_phone_mobile</c>, E.164 (for example <c>+34600000000</c>).</summary>
    [JsonPropertyName("_phone_mobile")]
    public string? PhoneMobile { get; init; }

    /// <summary>Gets <c>_first_name</c>.</summary>
    [JsonPropertyName("_first_name")]
    public string? FirstName { get; init; }

    /// <summary>Gets <c>_last_name</c>.</summary>
    [JsonPropertyName("_last_name")]
    public string? LastName { get; init; }

    /// <summary>Gets <c>_country_code</c> (ISO 3166-1 alpha-2).</summary>
    [JsonPropertyName("_country_code")]
    public string? CountryCode { get; init; }

    /// <summary>
    /// Gets or sets the other attributes, reserved (<c>_date_registered</c>...) or custom (<c>plan</c>), written as
    /// top-level keys. Prefer the <c>WithAttribute</c> methods, which format values (dates as <c>YYYY-MM-DD</c>) and
    /// return a new contact with its own copy of the attributes.
    /// </summary>
    [JsonExtensionData]
    // A setter, not init: System.Text.Json refuses an init-only extension-data member at run time.
    public IDictionary<string, JsonElement>? Attributes { get; set; }

    /// <summary>Sets a text attribute.</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="value">The value; <see langword="null"/> sends JSON null (clears it).</param>
    /// <returns>A new contact with the attribute set; this one is not changed.</returns>
    public IngestContact WithAttribute(string key, string? value) => Set(key, IngestJsonValues.Text(value));

    /// <summary>Sets a number attribute.</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new contact with the attribute set; this one is not changed.</returns>
    public IngestContact WithAttribute(string key, decimal value) => Set(key, JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.Decimal));

    /// <summary>Sets a boolean attribute.</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new contact with the attribute set; this one is not changed.</returns>
    public IngestContact WithAttribute(string key, bool value) => Set(key, JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.Boolean));

    /// <summary>Sets a date attribute, written <c>YYYY-MM-DD</c> as the API expects.</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="value">The date.</param>
    /// <returns>A new contact with the attribute set; this one is not changed.</returns>
    public IngestContact WithAttribute(string key, DateOnly value) =>
        Set(key, IngestJsonValues.Text(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>Sets a multi-value text attribute (for example tags).</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="values">The values.</param>
    /// <returns>A new contact with the attribute set; this one is not changed.</returns>
    public IngestContact WithAttribute(string key, IReadOnlyList<string> values) => Set(key, JsonSerializer.SerializeToElement(values, IngestJsonContext.Default.IReadOnlyListString));

    /// <summary>Sets an attribute to any JSON value.</summary>
    /// <param name="key">The attribute key.</param>
    /// <param name="value">The value.</param>
    /// <returns>A new contact with the attribute set; this one is not changed.</returns>
    public IngestContact WithAttribute(string key, JsonElement value) => Set(key, value.Clone());

    /// <inheritdoc />
    public override string ToString() =>
        $"IngestContact {{ UserId = {UserId}, Email = {(Email is null ? null : PiiMasker.Mask(Email))}, Phone = {(PhoneMobile is null ? null : PiiMasker.MaskPhone(PhoneMobile))}, Attributes = {Attributes?.Count ?? 0} }}";

    // The dictionary is copied, not shared: a record copied with 'with' shares its reference, so writing into it would
    // change every copy, including records already handed to a bulk upsert.
    private IngestContact Set(string key, JsonElement value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var attributes = Attributes is null
            ? new Dictionary<string, JsonElement>(StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(Attributes, StringComparer.Ordinal);
        attributes[key] = value;
        return this with { Attributes = attributes };
    }
}
