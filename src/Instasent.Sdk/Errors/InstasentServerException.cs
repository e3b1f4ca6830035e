namespace Instasent.Sdk.Errors;

/// <summary>HTTP 5xx: the server failed. Retried automatically only for operations that are safe to repeat.</summary>
public sealed class InstasentServerException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentServerException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
