namespace Instasent.Sdk.Errors;

/// <summary>HTTP 409 <c>idempotency_conflict</c>: a request with the same <c>Idempotency-Key</c> is still being processed. Safe to retry after a short wait with the same key.</summary>
public sealed class InstasentIdempotencyConflictException : InstasentConflictException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentIdempotencyConflictException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
