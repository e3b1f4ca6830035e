using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>Credentials for <c>POST /auth/token</c>.</summary>
public sealed record HellioTokenRequest
{
    /// <summary>Initializes a new instance; set <see cref="Email"/> and <see cref="Password"/>.</summary>
    public HellioTokenRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="email">The account e-mail.</param>
    /// <param name="password">The password.</param>
    [SetsRequiredMembers]
    public HellioTokenRequest(string email, string password)
    {
        Email = email;
        Password = password;
    }

    /// <summary>Gets the account e-mail. Personal data: masked by <see cref="ToString"/>.</summary>
    [JsonPropertyName("email")]
    public required string Email { get; init; }

    /// <summary>Gets the password; never printed.</summary>
    [JsonPropertyName("password")]
    public required string Password { get; init; }

    /// <summary>Gets a label for the token (for example the device or app name).</summary>
    [JsonPropertyName("device_name")]
    public string? DeviceName { get; init; }

    /// <summary>Gets the 2FA code; set it on the second call after <see cref="HellioTokenResult.RequiresTwoFactor"/>.</summary>
    [JsonPropertyName("two_factor_code")]
    public string? TwoFactorCode { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioTokenRequest {{ Email = {PiiMasker.Mask(Email)}, Password = ***, DeviceName = {DeviceName}, TwoFactorCode = {(TwoFactorCode is null ? "(none)" : "***")} }}";
}
