namespace Instasent.Sdk.Errors;

/// <summary>
/// HTTP 409 <c>idempotency_conflict</c>: a request with the same <c>Idempotency-Key</c> is still being processed. On a
/// call that sent the key the SDK already retried with backoff until its deadline, so the first request may still
/// succeed: call again later with the same key to get its answer (replayed), never with a new key.
/// </summary>
public sealed class InstasentIdempotencyConflictException : InstasentConflictException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details.</param>
    public InstasentIdempotencyConflictException(InstasentErrorInfo info)
        : base(info)
    {
    }
}
