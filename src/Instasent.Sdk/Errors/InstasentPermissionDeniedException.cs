namespace Instasent.Sdk.Errors;

/// <summary>HTTP 403: the token is valid but not allowed to do this (scope, IP allowlist, spend cap or data-privacy level). Not retried.</summary>
public sealed class InstasentPermissionDeniedException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentPermissionDeniedException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
