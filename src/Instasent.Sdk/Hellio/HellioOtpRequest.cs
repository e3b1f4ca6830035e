using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// An OTP to send with <c>POST /otp/send</c>. The destination field switches with the channel: <see cref="MobileNumber"/>
/// for sms, voice and WhatsApp, <see cref="Email"/> for e-mail; use the factory methods to get it right.
/// </summary>
public sealed record HellioOtpRequest
{
    /// <summary>Gets the channel.</summary>
    [JsonPropertyName("channel")]
    public HellioOtpChannel Channel { get; init; } = HellioOtpChannel.Sms;

    /// <summary>Gets the phone number (at most 20 characters), for every channel but e-mail.</summary>
    [JsonPropertyName("mobile_number")]
    public string? MobileNumber { get; init; }

    /// <summary>Gets the e-mail address, for the e-mail channel.</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the approved sender id (at most 11 characters); required for sms and voice, ignored otherwise.</summary>
    [JsonPropertyName("sender")]
    public string? Sender { get; init; }

    /// <summary>Gets the code length, 4 to 10 digits.</summary>
    [JsonPropertyName("length")]
    public int? Length { get; init; }

    /// <summary>Gets the validity in minutes, 1 to 1440.</summary>
    [JsonPropertyName("expiry")]
    public int? Expiry { get; init; }

    /// <summary>Gets a purpose label (at most 32 characters), for example <c>checkout</c>.</summary>
    [JsonPropertyName("purpose")]
    public string? Purpose { get; init; }

    /// <summary>Gets a routing override.</summary>
    [JsonPropertyName("gateway")]
    public string? Gateway { get; init; }

    /// <summary>An OTP by SMS.</summary>
    /// <param name="mobileNumber">The phone number.</param>
    /// <param name="sender">The approved sender id.</param>
    /// <returns>The request.</returns>
    public static HellioOtpRequest BySms(string mobileNumber, string sender) => new() { Channel = HellioOtpChannel.Sms, MobileNumber = mobileNumber, Sender = sender };

    /// <summary>An OTP read out by a voice call.</summary>
    /// <param name="mobileNumber">The phone number.</param>
    /// <param name="sender">The approved sender id.</param>
    /// <returns>The request.</returns>
    public static HellioOtpRequest ByVoice(string mobileNumber, string sender) => new() { Channel = HellioOtpChannel.Voice, MobileNumber = mobileNumber, Sender = sender };

    /// <summary>An OTP by WhatsApp.</summary>
    /// <param name="mobileNumber">The phone number.</param>
    /// <returns>The request.</returns>
    public static HellioOtpRequest ByWhatsApp(string mobileNumber) => new() { Channel = HellioOtpChannel.WhatsApp, MobileNumber = mobileNumber };

    /// <summary>An OTP by e-mail.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <returns>The request.</returns>
    public static HellioOtpRequest ByEmail(string email) => new() { Channel = HellioOtpChannel.Email, Email = email };

    /// <inheritdoc />
    public override string ToString() => $"HellioOtpRequest {{ Channel = {Channel}, MobileNumber = {PiiMasker.MaskPhone(MobileNumber ?? string.Empty)}, Email = {PiiMasker.Mask(Email)}, Purpose = {Purpose} }}";
}
