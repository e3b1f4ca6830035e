namespace Instasent.Sdk.Errors;

/// <summary>HTTP 422: the server rejected the input; <see cref="InstasentApiException.FieldErrors"/> says which fields. Not retried.</summary>
public sealed class InstasentValidationException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentValidationException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
