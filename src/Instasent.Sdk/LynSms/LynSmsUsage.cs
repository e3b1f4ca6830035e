using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>Usage of the account. The endpoint and body are undocumented; see <see cref="LynSmsOptions.UsagePath"/>.</summary>
public sealed record LynSmsUsage
{
    /// <summary>Gets the object type.</summary>
    [JsonPropertyName("object")]
    public string? Object { get; init; }

    /// <summary>Gets the period the figures cover, as the server names it.</summary>
    [JsonPropertyName("period")]
    public string? Period { get; init; }

    /// <summary>Gets how many messages were sent in the period.</summary>
    [JsonPropertyName("messages_sent")]
    public long? MessagesSent { get; init; }

    /// <summary>Gets how many segments were billed in the period.</summary>
    [JsonPropertyName("segments")]
    public long? Segments { get; init; }

    /// <summary>Gets the amount spent in the period.</summary>
    [JsonPropertyName("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
