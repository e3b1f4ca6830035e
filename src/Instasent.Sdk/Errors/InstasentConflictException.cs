namespace Instasent.Sdk.Errors;

/// <summary>HTTP 409: the request conflicts with the current state.</summary>
public class InstasentConflictException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentConflictException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
