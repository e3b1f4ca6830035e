using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>A code to check with <c>POST /otp/verify</c>, against the most recent OTP sent to the destination.</summary>
public sealed record HellioOtpVerifyRequest
{
    /// <summary>Gets the channel the OTP was sent on.</summary>
    [JsonPropertyName("channel")]
    public HellioOtpChannel Channel { get; init; } = HellioOtpChannel.Sms;

    /// <summary>Gets the phone number, for every channel but e-mail.</summary>
    [JsonPropertyName("mobile_number")]
    public string? MobileNumber { get; init; }

    /// <summary>Gets the e-mail address, for the e-mail channel.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the code the user typed.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init; } = string.Empty;

    /// <summary>A code sent to a phone number.</summary>
    /// <param name="mobileNumber">The phone number.</param>
    /// <param name="code">The code.</param>
    /// <param name="channel">The channel it was sent on; SMS when <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    public static HellioOtpVerifyRequest ForMobileNumber(string mobileNumber, string code, HellioOtpChannel? channel = null) =>
        new() { Channel = channel ?? HellioOtpChannel.Sms, MobileNumber = mobileNumber, Code = code };

    /// <summary>A code sent by e-mail.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <param name="code">The code.</param>
    /// <returns>The request.</returns>
    public static HellioOtpVerifyRequest ForEmail(string email, string code) => new() { Channel = HellioOtpChannel.Email, Email = email, Code = code };

    /// <inheritdoc />
    public override string ToString() => $"HellioOtpVerifyRequest {{ Channel = {Channel}, MobileNumber = {PiiMasker.MaskPhone(MobileNumber ?? string.Empty)}, Email = {PiiMasker.Mask(Email)}, Code = *** }}";
}
