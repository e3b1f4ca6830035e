namespace Instasent.Sdk;

/// <summary>
/// Supplies bearer tokens, read before every attempt: a vault-backed provider, a tenant's provider, or one that issues
/// tokens at run time (Hellio <c>POST /auth/token</c>) plugs in here without changing the client's options.
/// </summary>
/// <remarks>
/// Register one per client with <c>AddInstasentClient(...).UseTokenProvider(...)</c> or the
/// <see cref="InstasentClient"/> constructor, or pass one per call in <see cref="InstasentRequestOptions.TokenProvider"/>.
/// It is called once per attempt, so a provider that reaches a vault should cache the token and refresh it before it
/// expires. Answering <see langword="null"/> (or blank) means "no token from me": the configured token of the family is
/// used. The token goes only into the <c>Authorization</c> header and is withheld from every exception message.
/// </remarks>
public interface IInstasentTokenProvider
{
    /// <summary>Gets the token for one attempt.</summary>
    /// <param name="context">Which family, credential and operation the token is for.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>The token, or <see langword="null"/> to use the configured one.</returns>
    ValueTask<string?> GetTokenAsync(InstasentTokenContext context, CancellationToken cancellationToken);
}
