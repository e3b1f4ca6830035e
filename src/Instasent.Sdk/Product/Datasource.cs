using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>A datasource of a project. Its embedded token block stays in <see cref="AdditionalProperties"/> and out of <see cref="ToString"/>.</summary>
public sealed record Datasource
{
    /// <summary>Gets the id (the value Ingest paths expect).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the UID.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>Gets the type (for example <c>api</c>), kept as sent.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Gets the tags given to contacts from this datasource.</summary>
    [JsonPropertyName("audienceTags")]
    public IReadOnlyList<string>? AudienceTags { get; init; }

    /// <summary>Gets the default country.</summary>
    [JsonPropertyName("defaultCountry")]
    public string? DefaultCountry { get; init; }

    /// <summary>Gets the locale.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>Gets the time zone.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }

    /// <summary>Gets how many contacts it received.</summary>
    [JsonPropertyName("receivedContacts")]
    public long? ReceivedContacts { get; init; }

    /// <summary>Gets how many events it received.</summary>
    [JsonPropertyName("receivedEvents")]
    public long? ReceivedEvents { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when it was last updated.</summary>
    [JsonPropertyName("updatedAt")]
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"Datasource {{ Id = {Id}, Uid = {Uid}, Name = {Name}, Type = {Type} }}";
}
