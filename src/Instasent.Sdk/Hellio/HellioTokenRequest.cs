using System.Text.Json.Serialization;
using Instasent.Sdk.Diagnostics;

namespace Instasent.Sdk.Hellio;

/// <summary>Credentials for <c>POST /auth/token</c>.</summary>
/// <param name="Email">The account e-mail.</param>
/// <param name="Password">The password.</param>
public sealed record HellioTokenRequest(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("password")] string Password)
{
    /// <summary>Gets a label for the token (for example the device or app name).</summary>
    [JsonPropertyName("device_name")]
    public string? DeviceName { get; init; }

    /// <summary>Gets the 2FA code; set it on the second call after <see cref="HellioTokenResult.RequiresTwoFactor"/>.</summary>
    [JsonPropertyName("two_factor_code")]
    public string? TwoFactorCode { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioTokenRequest {{ Email = {PiiMasker.Mask(Email)}, Password = ***, DeviceName = {DeviceName}, TwoFactorCode = {(TwoFactorCode is null ? "(none)" : "***")} }}";
}
