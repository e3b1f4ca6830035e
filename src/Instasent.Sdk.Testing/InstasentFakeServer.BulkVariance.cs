using System.Text.Json.Nodes;

namespace Instasent.Sdk.Testing;

/// <summary>The bulk-answer behaviours of <see cref="FakeServerVariance"/>, shared by every bulk and batch route.</summary>
public sealed partial class InstasentFakeServer
{
    private readonly object bulkVarianceGate = new();
    private Random? bulkVarianceRandom;
    private int bulkVarianceSeed;

    /// <summary>Gets whether bulk errors leave out the position of the item they refer to (see <see cref="FakeServerVariance.UnpositionedBulkErrors"/>).</summary>
    internal bool UnpositionedBulkErrors => Options.Variance.UnpositionedBulkErrors;

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

        var nodes = entries.ToArray();
        // Detach the nodes from their array so they can join the new one.
        entries.Clear();
        return new JsonArray(order.Select(i => nodes[i]).ToArray());
    }
}
