namespace Instasent.Sdk.Http;

/// <summary>Whether an operation may be sent again after a failure that the server may have seen.</summary>
internal enum RetrySafety
{
    /// <summary>Repeating it changes nothing (reads, PUT, DELETE, keyed upserts).</summary>
    Idempotent,

    /// <summary>A POST that is safe to repeat only because the endpoint honours the <c>Idempotency-Key</c> the SDK sends.</summary>
    IdempotentWithKey,

    /// <summary>Repeating it may duplicate its effect (for example sending an SMS twice). Only 429s and connect failures are retried.</summary>
    NotIdempotent,
}
