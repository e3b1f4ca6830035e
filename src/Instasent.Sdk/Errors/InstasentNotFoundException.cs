namespace Instasent.Sdk.Errors;

/// <summary>HTTP 404: the resource does not exist or is not visible to this token.</summary>
public sealed class InstasentNotFoundException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentNotFoundException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
