namespace Instasent.Sdk.Errors;

/// <summary>HTTP 401: the token is missing, malformed or revoked. Not retried.</summary>
public sealed class InstasentAuthenticationException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentAuthenticationException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
