using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>An SMS sender of the project.</summary>
public sealed record SmsSender
{
    /// <summary>Gets the id.</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the sender name or number shown to recipients.</summary>
    [JsonPropertyName("from")]
    public string? From { get; init; }

    /// <summary>Gets the status (for example <see cref="SmsSenderStatus.Active"/>); unknown values are kept.</summary>
    [JsonPropertyName("status")]
    public SmsSenderStatus? Status { get; init; }

    /// <summary>
    /// Gets whether this is the project's default sender (the one <see cref="ProductSmsRequest.DefaultSender"/> picks), read
    /// from the list's <c>metadata.defaultSender</c> (an id, or an object with an <c>id</c>: the sources do not say which);
    /// <see langword="null"/> when the list named no default sender.
    /// </summary>
    [JsonIgnore]
    public bool? IsDefault { get; init; }

    /// <summary>Gets members this version of the SDK does not know.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
