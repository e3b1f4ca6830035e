using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A USSD app. Both secrets are shown only on creation (and the rotated one on rotation).</summary>
public sealed record HellioUssdApp
{
    /// <summary>Gets the id (uuid).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Gets the callback address.</summary>
    [JsonPropertyName("callback_url")]
    public string? CallbackUrl { get; init; }

    /// <summary>Gets the mode.</summary>
    [JsonPropertyName("mode")]
    public HellioUssdMode Mode { get; init; }

    /// <summary>Gets the test-mode signing secret (<c>ussk_test_…</c>), when shown.</summary>
    [JsonPropertyName("test_secret")]
    public string? TestSecret { get; init; }

    /// <summary>Gets the live-mode signing secret (<c>ussk_live_…</c>), when shown.</summary>
    [JsonPropertyName("live_secret")]
    public string? LiveSecret { get; init; }

    /// <summary>Gets whether the app is live.</summary>
    [JsonPropertyName("is_live")]
    public bool? IsLive { get; init; }

    /// <summary>Gets whether the app is active.</summary>
    [JsonPropertyName("active")]
    public bool? Active { get; init; }

    /// <summary>Gets when it was created.</summary>
    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioUssdApp {{ Id = {Id}, Name = {Name}, Mode = {Mode}, TestSecret = {(TestSecret is null ? "(not shown)" : "***")}, LiveSecret = {(LiveSecret is null ? "(not shown)" : "***")} }}";
}
