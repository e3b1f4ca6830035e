using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// The outcome of <c>POST /otp/verify</c>. A wrong or expired code is a normal outcome (<see cref="Verified"/> is
/// <see langword="false"/>), not an exception, although Hellio answers it with HTTP 422.
/// </summary>
public sealed record HellioOtpVerification
{
    /// <summary>Gets whether the code matched.</summary>
    [JsonPropertyName("verified")]
    public bool Verified { get; init; }

    /// <summary>Gets the status, for example <c>verified</c> or <c>invalid</c>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Gets the server's explanation when the code was not accepted (the validation-style answer), if any.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Gets members the SDK does not model yet, exactly as sent.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
