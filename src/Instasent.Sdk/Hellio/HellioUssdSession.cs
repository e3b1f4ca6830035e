using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>A USSD session.</summary>
public sealed record HellioUssdSession
{
    /// <summary>Gets the id (uuid).</summary>
    [JsonPropertyName("id")]
    [JsonConverter(typeof(HellioIdConverter))]
    public string? Id { get; init; }

    /// <summary>Gets the network's session reference.</summary>
    [JsonPropertyName("session_ref")]
    public string? SessionRef { get; init; }

    /// <summary>Gets the subscriber number.</summary>
    [JsonPropertyName("msisdn")]
    public string? Msisdn { get; init; }

    /// <summary>Gets the dialled service code.</summary>
    [JsonPropertyName("service_code")]
    public string? ServiceCode { get; init; }

    /// <summary>Gets the status: <c>active</c>, <c>ended</c>, <c>timeout</c> or <c>failed</c>; other values are kept.</summary>
    [JsonPropertyName("status")]
    public HellioUssdSessionStatus? Status { get; init; }

    /// <summary>Gets the number of steps.</summary>
    [JsonPropertyName("steps")]
    public int? Steps { get; init; }

    /// <summary>Gets the charge.</summary>
    [JsonPropertyName("charge")]
    public decimal? Charge { get; init; }

    /// <summary>Gets whether it ran in test mode.</summary>
    [JsonPropertyName("sandbox")]
    public bool? Sandbox { get; init; }

    /// <summary>Gets when it started.</summary>
    [JsonPropertyName("started_at")]
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when it ended.</summary>
    [JsonPropertyName("ended_at")]
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioUssdSession {{ Id = {Id}, Msisdn = {PiiMasker.MaskPhone(Msisdn ?? string.Empty)}, Status = {Status}, Steps = {Steps} }}";
}
