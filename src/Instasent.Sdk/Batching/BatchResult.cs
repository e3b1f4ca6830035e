namespace Instasent.Sdk.Batching;

/// <summary>
/// The result of a bulk or batch call: exactly one outcome per input item, counted by status and (by default) kept in
/// <see cref="Items"/> by the item's original index. Nothing is dropped silently: every item is accepted, rejected
/// (with field errors), failed with its batch (the server does not have it), not sent (cancelled before its batch
/// left), or unknown (the server may have it).
/// </summary>
/// <typeparam name="TResult">What the server returns for an accepted item.</typeparam>
public sealed class BatchResult<TResult>
{
    /// <summary>Initializes a new instance that keeps every outcome.</summary>
    /// <param name="items">One outcome per input item, ordered by index.</param>
    /// <param name="batchCount">How many requests were sent.</param>
    public BatchResult(IReadOnlyList<BatchItemOutcome<TResult>> items, int batchCount)
        : this(items, batchCount, BatchOutcomeRetention.All, Count(items ?? throw new ArgumentNullException(nameof(items))))
    {
    }

    internal BatchResult(IReadOnlyList<BatchItemOutcome<TResult>> items, int batchCount, BatchOutcomeRetention retention, BatchCounts counts)
    {
        Items = items;
        BatchCount = batchCount;
        Retention = retention;
        ItemCount = counts.Items;
        AcceptedCount = counts.Accepted;
        RejectedCount = counts.Rejected;
        FailedCount = counts.Failed;
        NotSentCount = counts.NotSent;
        UnknownCount = counts.Unknown;
        AmbiguousCount = counts.Ambiguous;
    }

    /// <summary>
    /// Gets the outcomes kept, ordered by index: with <see cref="BatchOutcomeRetention.All"/> (the default) one per
    /// input item, so <c>Items[i].Index == i</c>; with <see cref="BatchOutcomeRetention.NotAccepted"/> only those not
    /// accepted (each still carries its <see cref="BatchItemOutcome{TResult}.Index"/>).
    /// </summary>
    public IReadOnlyList<BatchItemOutcome<TResult>> Items { get; }

    /// <summary>Gets which outcomes <see cref="Items"/> keeps.</summary>
    public BatchOutcomeRetention Retention { get; }

    /// <summary>Gets how many input items the call read; each has exactly one outcome, counted below.</summary>
    public int ItemCount { get; }

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
    public bool AllAccepted => AcceptedCount == ItemCount;

    /// <inheritdoc />
    public override string ToString() =>
        $"BatchResult {{ Items = {ItemCount}, Accepted = {AcceptedCount}, Rejected = {RejectedCount}, Failed = {FailedCount}, NotSent = {NotSentCount}, Unknown = {UnknownCount}, Ambiguous = {AmbiguousCount}, Batches = {BatchCount}, Retention = {Retention} }}";

    private static BatchCounts Count(IReadOnlyList<BatchItemOutcome<TResult>> items)
    {
        var counts = default(BatchCounts);
        foreach (var item in items)
        {
            counts.Add(item);
        }

        return counts;
    }
}
