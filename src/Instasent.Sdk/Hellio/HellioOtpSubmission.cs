using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>What <c>POST /otp/send</c> answers (201).</summary>
public sealed record HellioOtpSubmission
{
    /// <summary>Gets the reference (uuid) of the message the OTP spawned; track it with <see cref="IHellioClient.GetMessageAsync"/>.</summary>
    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the destination number.</summary>
    [JsonPropertyName("mobile_number")]
    public string? MobileNumber { get; init; }

    /// <summary>Gets the validity in minutes.</summary>
    [JsonPropertyName("expires_in_minutes")]
    public int? ExpiresInMinutes { get; init; }

    /// <summary>Gets the status of the message the OTP spawned, <see cref="HellioMessageStatus.Queued"/>.</summary>
    [JsonPropertyName("status")]
    public HellioMessageStatus? Status { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"HellioOtpSubmission {{ Reference = {Reference}, MobileNumber = {PiiMasker.MaskPhone(MobileNumber ?? string.Empty)}, Status = {Status} }}";
}
