namespace Instasent.Sdk.Batching;

/// <summary>
/// The result of a bulk or batch call: exactly one outcome per input item, ordered by the item's original index.
/// Nothing is dropped silently: every item is accepted, rejected (with field errors), failed with its batch (the server
/// does not have it), not sent (cancelled before its batch left), or unknown (the server may have it).
/// </summary>
/// <typeparam name="TResult">What the server returns for an accepted item.</typeparam>
public sealed class BatchResult<TResult>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="items">One outcome per input item, ordered by index.</param>
    /// <param name="batchCount">How many requests were sent.</param>
    public BatchResult(IReadOnlyList<BatchItemOutcome<TResult>> items, int batchCount)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        BatchCount = batchCount;
        foreach (var item in items)
        {
            switch (item.Status)
            {
                case BatchItemStatus.Accepted: AcceptedCount++; break;
                case BatchItemStatus.Rejected: RejectedCount++; break;
                case BatchItemStatus.NotSent: NotSentCount++; break;
                case BatchItemStatus.Unknown: UnknownCount++; break;
                default: FailedCount++; break;
            }

            if (item.IsAmbiguous)
            {
                AmbiguousCount++;
            }
        }
    }

    /// <summary>Gets one outcome per input item; <c>Items[i].Index == i</c>.</summary>
    public IReadOnlyList<BatchItemOutcome<TResult>> Items { get; }

    /// <summary>Gets how many requests were sent.</summary>
    public int BatchCount { get; }

    /// <summary>Gets how many items were accepted.</summary>
    public int AcceptedCount { get; }

    /// <summary>Gets how many items were rejected.</summary>
    public int RejectedCount { get; }

    /// <summary>Gets how many items failed with their batch without reaching the server (<see cref="BatchItemStatus.Failed"/>).</summary>
    public int FailedCount { get; }

    /// <summary>Gets how many items were never sent because the call was cancelled (<see cref="BatchItemStatus.NotSent"/>).</summary>
    public int NotSentCount { get; }

    /// <summary>Gets how many items the server may or may not have (<see cref="BatchItemStatus.Unknown"/>): look them up before sending them again.</summary>
    public int UnknownCount { get; }

    /// <summary>Gets how many outcomes could not be told apart from a look-alike item's (<see cref="BatchItemOutcome{TResult}.IsAmbiguous"/>).</summary>
    public int AmbiguousCount { get; }

    /// <summary>Gets whether every item was accepted.</summary>
    public bool AllAccepted => AcceptedCount == Items.Count;

    /// <inheritdoc />
    public override string ToString() =>
        $"BatchResult {{ Items = {Items.Count}, Accepted = {AcceptedCount}, Rejected = {RejectedCount}, Failed = {FailedCount}, NotSent = {NotSentCount}, Unknown = {UnknownCount}, Ambiguous = {AmbiguousCount}, Batches = {BatchCount} }}";
}
