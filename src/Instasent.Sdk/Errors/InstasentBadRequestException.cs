namespace Instasent.Sdk.Errors;

/// <summary>HTTP 400: the request was malformed (wrong JSON shape, wrong types). Not retried.</summary>
public sealed class InstasentBadRequestException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentBadRequestException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
