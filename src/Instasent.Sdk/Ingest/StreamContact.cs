using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>A contact as stored by one datasource stream (<c>GET /stream/contacts/{userId}</c>).</summary>
public sealed record StreamContact
{
    /// <summary>Gets the stream contact id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the contact id.</summary>
    [JsonPropertyName("contactId")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? ContactId { get; init; }

    /// <summary>Gets the audience id of the unified contact.</summary>
    [JsonPropertyName("audienceId")]
    public string? AudienceId { get; init; }

    /// <summary>Gets the attributes as the datasource sent them.</summary>
    [JsonPropertyName("contactData")]
    public IDictionary<string, JsonElement>? ContactData { get; init; }

    /// <summary>Gets whether the contact is deleted.</summary>
    [JsonPropertyName("deleted")]
    public bool? Deleted { get; init; }

    /// <summary>Gets whether the contact has errors.</summary>
    [JsonPropertyName("hasErrors")]
    public bool? HasErrors { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Gets <c>_user_id</c> from <see cref="ContactData"/>.</summary>
    [JsonIgnore]
    public string? UserId => ContactData is not null && ContactData.TryGetValue("_user_id", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <inheritdoc />
    public override string ToString() => $"StreamContact {{ Id = {Id}, AudienceId = {AudienceId}, UserId = {UserId}, Attributes = {ContactData?.Count ?? 0}, Deleted = {Deleted} }}";
}
