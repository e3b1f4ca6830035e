namespace Instasent.Sdk.Batching;

/// <summary>
/// What happened to one input item of a bulk or batch call. The statuses answer the question a caller has after a
/// partial failure: does the server have this item, and may I send it again without sending it twice?
/// <see cref="BatchItemOutcome{TResult}.IsSafeToResend"/> gives that answer per item.
/// </summary>
public enum BatchItemStatus
{
    /// <summary>The server took the item; <see cref="BatchItemOutcome{TResult}.Result"/> holds what it returned for it.</summary>
    Accepted,

    /// <summary>
    /// The item was refused on its own and the server does not have it: by the SDK's checks before sending
    /// (<see cref="BatchItemOutcome{TResult}.RejectedBeforeSending"/>) or by the server, with field errors. Fix it
    /// before sending it again.
    /// </summary>
    Rejected,

    /// <summary>
    /// The item's batch failed as a whole and the server did not take it: no connection could be made, the server
    /// refused the whole request (a 4xx such as 400, 401, 402 or 413, or a 429 the SDK stopped waiting for), or the
    /// SDK failed before sending it. <see cref="BatchItemOutcome{TResult}.Exception"/> says why; the item may be sent
    /// again once the cause is fixed.
    /// </summary>
    Failed,

    /// <summary>
    /// The item never left this machine: the call was cancelled before its batch was sent. It may be sent again.
    /// </summary>
    NotSent,

    /// <summary>
    /// The server may have the item, and the SDK cannot tell: its batch may have reached the server and then failed
    /// (a 5xx or 408, a timeout, a lost connection, an answer that could not be read, a cancellation whose grace period
    /// ran out), or the server's answer did not say what became of this item. Never send it again blindly: look it up
    /// first (for SMS by its <c>clientId</c>, see <see cref="BatchItemOutcome{TResult}.ClientReference"/>), unless the
    /// operation is idempotent (<see cref="BatchItemOutcome{TResult}.IdempotentOperation"/>).
    /// </summary>
    Unknown,
}
