using System.Threading.Channels;

namespace Instasent.Sdk.Batching;

/// <summary>
/// Where the runner puts each item's outcome as it becomes known: kept by index, kept only when not accepted, or handed
/// to a streaming reader. Every outcome is counted whatever is kept, so the three modes report the same counts.
/// </summary>
/// <typeparam name="TResult">What the server returns for an accepted item.</typeparam>
internal abstract class BatchOutcomeSink<TResult>
{
    private readonly object gate = new();
    private BatchCounts counts;

    /// <summary>Takes one outcome; completes when the outcome is stored or handed over (a slow reader holds the runner back).</summary>
    public ValueTask AddAsync(BatchItemOutcome<TResult> outcome)
    {
        lock (gate)
        {
            counts.Add(outcome);
            Keep(outcome);
        }

        return Forward(outcome);
    }

    /// <summary>The result of the call so far: counts of everything added, and the outcomes kept.</summary>
    public BatchResult<TResult> ToResult(int batchCount)
    {
        lock (gate)
        {
            return new BatchResult<TResult>(Kept(), batchCount, Retention, counts);
        }
    }

    public static BatchOutcomeSink<TResult> Create(BatchOutcomeRetention retention, int expectedCount) => retention switch
    {
        BatchOutcomeRetention.NotAccepted => new NotAcceptedOutcomes(),
        _ => new AllOutcomes(expectedCount),
    };

    /// <summary>Hands every outcome to <paramref name="writer"/> and keeps none; writes wait while the reader is behind, until <paramref name="abandoned"/>.</summary>
    public static BatchOutcomeSink<TResult> Stream(ChannelWriter<BatchItemOutcome<TResult>> writer, CancellationToken abandoned) => new StreamedOutcomes(writer, abandoned);

    /// <summary>Gets a value indicating whether nobody will take further outcomes (a streaming reader that stopped early).</summary>
    public virtual bool Abandoned => false;

    protected abstract BatchOutcomeRetention Retention { get; }

    /// <summary>Stores the outcome (under the sink's lock).</summary>
    protected virtual void Keep(BatchItemOutcome<TResult> outcome)
    {
    }

    protected virtual ValueTask Forward(BatchItemOutcome<TResult> outcome) => default;

    protected abstract IReadOnlyList<BatchItemOutcome<TResult>> Kept();

    private sealed class AllOutcomes(int expectedCount) : BatchOutcomeSink<TResult>
    {
        // Presized when the input's count is known, so 100,000 outcomes do not grow through ever larger (large-object-heap) arrays.
        private readonly List<BatchItemOutcome<TResult>?> outcomes = new(expectedCount);

        protected override BatchOutcomeRetention Retention => BatchOutcomeRetention.All;

        protected override void Keep(BatchItemOutcome<TResult> outcome)
        {
            // Outcomes arrive in the order batches finish; each goes to its item's index.
            while (outcomes.Count <= outcome.Index)
            {
                outcomes.Add(null);
            }

            outcomes[outcome.Index] = outcome;
        }

        protected override IReadOnlyList<BatchItemOutcome<TResult>> Kept() => outcomes!;
    }

    private sealed class NotAcceptedOutcomes : BatchOutcomeSink<TResult>
    {
        private readonly List<BatchItemOutcome<TResult>> outcomes = [];

        protected override BatchOutcomeRetention Retention => BatchOutcomeRetention.NotAccepted;

        protected override void Keep(BatchItemOutcome<TResult> outcome)
        {
            if (outcome.Status != BatchItemStatus.Accepted)
            {
                outcomes.Add(outcome);
            }
        }

        protected override IReadOnlyList<BatchItemOutcome<TResult>> Kept()
        {
            outcomes.Sort(static (a, b) => a.Index.CompareTo(b.Index));
            return outcomes;
        }
    }

    private sealed class StreamedOutcomes(ChannelWriter<BatchItemOutcome<TResult>> writer, CancellationToken abandoned) : BatchOutcomeSink<TResult>
    {
        public override bool Abandoned => abandoned.IsCancellationRequested;

        // Its result (counts only) feeds telemetry; the reader has had every outcome, so none is kept.
        protected override BatchOutcomeRetention Retention => BatchOutcomeRetention.NotAccepted;

        protected override async ValueTask Forward(BatchItemOutcome<TResult> outcome)
        {
            try
            {
                await writer.WriteAsync(outcome, abandoned).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
            {
                // The reader stopped reading: nobody is left to take the outcome.
            }
        }

        protected override IReadOnlyList<BatchItemOutcome<TResult>> Kept() => [];
    }
}
