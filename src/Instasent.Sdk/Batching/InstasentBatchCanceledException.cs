namespace Instasent.Sdk.Batching;

/// <summary>
/// A bulk or batch call was cancelled by the caller's token (a host shutting down, a request aborted). The SDK stopped
/// sending new batches, gave the batches already in flight <see cref="InstasentClientOptions.BulkCancellationGrace"/>
/// to finish, and reports what it knows in <see cref="PartialResult"/>: one outcome per input item it had read, so
/// the caller can tell which items the server took (and were charged), which it may have, and which never left.
/// Items an asynchronous source had not yielded yet are not inputs and have no outcome; items of a list are all
/// inputs (those not reached are <see cref="BatchItemStatus.NotSent"/>).
/// </summary>
/// <typeparam name="TResult">What the server returns for an accepted item.</typeparam>
public sealed class InstasentBatchCanceledException<TResult> : OperationCanceledException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="partialResult">One outcome per input item read before the call stopped.</param>
    /// <param name="cancellationToken">The caller's token that was cancelled.</param>
    public InstasentBatchCanceledException(BatchResult<TResult> partialResult, CancellationToken cancellationToken)
        : base(Summary(partialResult ?? throw new ArgumentNullException(nameof(partialResult))), null, cancellationToken)
    {
        PartialResult = partialResult;
    }

    /// <summary>Gets one outcome per input item read before the call stopped, by the item's index.</summary>
    public BatchResult<TResult> PartialResult { get; }

    private static string Summary(BatchResult<TResult> result) =>
        $"The bulk call was cancelled: {result.AcceptedCount} of {result.ItemCount} items accepted, {result.UnknownCount} unknown (the server may have them), "
        + $"{result.NotSentCount} not sent, {result.RejectedCount} rejected, {result.FailedCount} failed. See PartialResult before sending any item again.";
}
