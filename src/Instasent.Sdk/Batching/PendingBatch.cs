namespace Instasent.Sdk.Batching;

/// <summary>
/// The items of one batch being filled, with each item's index in the caller's input and its reference: kept per batch,
/// not per call, so a call holds nothing for the items whose batches are done.
/// </summary>
internal sealed class PendingBatch<TItem>(int capacity)
{
    public List<TItem> Items { get; } = new(capacity);

    public List<int> Indexes { get; } = new(capacity);

    public List<string?>? References { get; private set; }

    public void Add(TItem item, int index, string? reference, bool hasReferences)
    {
        Items.Add(item);
        Indexes.Add(index);
        if (hasReferences)
        {
            (References ??= new(Items.Capacity)).Add(reference);
        }
    }
}
