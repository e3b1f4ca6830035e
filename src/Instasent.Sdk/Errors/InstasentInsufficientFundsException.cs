namespace Instasent.Sdk.Errors;

/// <summary>HTTP 402: the account balance cannot cover the request. Top up; not retried.</summary>
public sealed class InstasentInsufficientFundsException : InstasentApiException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentInsufficientFundsException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
