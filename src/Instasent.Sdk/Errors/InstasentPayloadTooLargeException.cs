namespace Instasent.Sdk.Errors;

/// <summary>HTTP 413: the request body is too large (split the batch). Not retried.</summary>
public sealed class InstasentPayloadTooLargeException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentPayloadTooLargeException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
