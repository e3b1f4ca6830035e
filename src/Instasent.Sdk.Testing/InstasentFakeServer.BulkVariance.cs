using System.Text.Json.Nodes;

namespace Instasent.Sdk.Testing;

/// <summary>The bulk-answer behaviours of <see cref="FakeServerVariance"/>, shared by every bulk and batch route.</summary>
public sealed partial class InstasentFakeServer
{
    private readonly object bulkVarianceGate = new();
    private Random? bulkVarianceRandom;
    private int bulkVarianceSeed;

    /// <summary>
    /// Whether the bulk error about to be written leaves out the position of its item (see
    /// <see cref="FakeServerVariance.UnpositionedBulkErrors"/>); asked once per error, so each one is counted.
    /// </summary>
    internal bool OmitBulkErrorPosition()
    {
        if (Options.Variance.UnpositionedBulkErrors)
        {
            Options.Variance.Events.Count(FakeVarianceEvents.BulkErrorUnpositioned);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Returns the entries of a bulk answer in another order when <see cref="FakeServerVariance.ReorderBulkEntities"/> is on:
    /// a shuffle seeded by <see cref="FakeServerVariance.Seed"/> (so runs repeat) that never leaves two or more entries
    /// in the order they were sent, so a test with reordering on always sees a reordered answer.
    /// </summary>
    internal JsonArray ReorderBulkAnswer(JsonArray entries)
    {
        if (!Options.Variance.ReorderBulkEntities || entries.Count < 2)
        {
            return entries;
        }

        var order = Enumerable.Range(0, entries.Count).ToArray();
        lock (bulkVarianceGate)
        {
            if (bulkVarianceRandom is null || bulkVarianceSeed != Options.Variance.Seed)
            {
                bulkVarianceSeed = Options.Variance.Seed;
                bulkVarianceRandom = new Random(bulkVarianceSeed);
            }

            bulkVarianceRandom.Shuffle(order);
        }

        if (order.Select((value, index) => value == index).All(same => same))
        {
            Array.Reverse(order);
        }

        Options.Variance.Events.Count(FakeVarianceEvents.BulkAnswerReordered);
        var nodes = entries.ToArray();
        // Detach the nodes from their array so they can join the new one.
        entries.Clear();
        return new JsonArray(order.Select(i => nodes[i]).ToArray());
    }
}
