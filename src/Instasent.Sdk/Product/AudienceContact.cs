using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Product;

/// <summary>
/// A unified audience contact. The sources disagree on where attributes live: under <c>attributesData</c> (observed
/// responses) or flattened onto the entity (docs quickstart). Both are read: <see cref="Attributes"/> is
/// <c>attributesData</c> when present, otherwise every member this model does not know. Which attributes appear at
/// all depends on the token's <c>PROJECT_AUDIENCE_DATA_*</c> privacy scopes.
/// </summary>
public sealed record AudienceContact
{
    /// <summary>Gets the audience id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Gets the attributes as nested under <c>attributesData</c>, when the server nests them.</summary>
    [JsonPropertyName("attributesData")]
    public IDictionary<string, JsonElement>? AttributesData { get; init; }

    /// <summary>Gets the audience ids merged into this contact.</summary>
    [JsonPropertyName("audienceIds")]
    public IReadOnlyList<string>? AudienceIds { get; init; }

    /// <summary>Gets the datasource ids that fed this contact.</summary>
    [JsonPropertyName("dsIds")]
    public IReadOnlyList<JsonElement>? DatasourceIds { get; init; }

    /// <summary>Gets the datasource contact ids.</summary>
    [JsonPropertyName("dsContactIds")]
    public IReadOnlyList<JsonElement>? DatasourceContactIds { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets when it was last indexed.</summary>
    [JsonPropertyName("indexedAt")]
    public DateTimeOffset? IndexedAt { get; init; }

    /// <summary>Gets when it was deleted, if it was.</summary>
    [JsonPropertyName("deletedAt")]
    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>Gets members this version of the SDK does not know (the attributes, when the server flattens them).</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets every attribute, reserved (<c>_email</c>...) and custom, wherever the server put them.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> Attributes =>
        AttributesData is not null ? new ReadOnlyDictionary<string, JsonElement>(AttributesData)
        : AdditionalProperties is not null ? new ReadOnlyDictionary<string, JsonElement>(AdditionalProperties)
        : ReadOnlyDictionary<string, JsonElement>.Empty;

    /// <summary>Gets <c>_user_id</c>.</summary>
    [JsonIgnore]
    public string? UserId => GetString("_user_id");

    /// <summary>Gets <c>_email</c>.</summary>
    [JsonIgnore]
    public string? Email => GetString("_email");

    /// <summary>Gets <c>_phone_mobile</c>.</summary>
    [JsonIgnore]
    public string? PhoneMobile => GetString("_phone_mobile");

    /// <summary>Gets <c>_first_name</c>.</summary>
    [JsonIgnore]
    public string? FirstName => GetString("_first_name");

    /// <summary>Gets <c>_last_name</c>.</summary>
    [JsonIgnore]
    public string? LastName => GetString("_last_name");

    /// <summary>Gets <c>_is_subscribed_sms</c>.</summary>
    [JsonIgnore]
    public bool? IsSubscribedSms => GetBoolean("_is_subscribed_sms");

    /// <summary>Gets <c>_is_subscribed_email</c>.</summary>
    [JsonIgnore]
    public bool? IsSubscribedEmail => GetBoolean("_is_subscribed_email");

    /// <summary>Reads an attribute as text (numbers and booleans as their JSON text).</summary>
    /// <param name="key">The attribute key, for example <c>_email</c> or <c>plan</c>.</param>
    /// <returns>The value, or <see langword="null"/> when absent or null.</returns>
    public string? GetString(string key)
    {
        if (!Attributes.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
    }

    /// <summary>Reads a boolean attribute (also <c>"true"</c>/<c>"false"</c>, <c>1</c>/<c>0</c>).</summary>
    /// <param name="key">The attribute key.</param>
    /// <returns>The value, or <see langword="null"/> when absent or not a boolean.</returns>
    public bool? GetBoolean(string key)
    {
        if (!Attributes.TryGetValue(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetInt32(out var n) ? n != 0 : null,
            JsonValueKind.String => bool.TryParse(value.GetString(), out var b) ? b : null,
            _ => null,
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"AudienceContact {{ Id = {Id}, UserId = {UserId}, Email = {PiiMasker.Mask(Email)}, Phone = {(PhoneMobile is null ? null : PiiMasker.MaskPhone(PhoneMobile))}, Attributes = {Attributes.Count} }}";
}
