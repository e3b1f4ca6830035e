namespace Instasent.Sdk.Hellio;

/// <summary>
/// The outcome of <see cref="IHellioClient.IssueTokenAsync"/>: either a token, or a request for the 2FA code (Hellio's
/// 422 <c>two_factor_required</c>, a normal step of the login flow rather than an error). Other failures
/// (<c>invalid_credentials</c>, <c>email_unverified</c>, <c>account_locked</c>, <c>throttled</c>) are exceptions.
/// </summary>
public sealed record HellioTokenResult
{
    /// <summary>Gets the issued token, or <see langword="null"/> when <see cref="RequiresTwoFactor"/>.</summary>
    public HellioIssuedToken? Token { get; init; }

    /// <summary>Gets whether the account has 2FA: ask the user for the code and call again with <see cref="HellioTokenRequest.TwoFactorCode"/>.</summary>
    public bool RequiresTwoFactor { get; init; }

    /// <summary>Gets the server's message that came with a 2FA request, if any.</summary>
    public string? Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => RequiresTwoFactor ? "HellioTokenResult { RequiresTwoFactor = True }" : $"HellioTokenResult {{ Token = {Token} }}";
}
