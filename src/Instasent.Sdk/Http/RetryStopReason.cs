namespace Instasent.Sdk.Http;

/// <summary>Why the retry policy let a failed attempt through as the final outcome.</summary>
internal enum RetryStopReason
{
    None,
    NotTransient,
    NotRetrySafe,
    RetriesExhausted,
    DeadlineTooClose,
    RateLimitModeThrow,
    CallerCancelled,
}
