using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Batching;

/// <summary>
/// Splits any number of items into batches, sends them with bounded concurrency and collects one outcome per item by
/// its original index. Shared by every bulk and batch call (Instasent SMS bulk, Ingest, LynSMS bulk).
/// </summary>
internal static class BatchRunner
{
    /// <summary>Sends one batch; returns one outcome per item of the batch (the runner fills in index and batch number).</summary>
    public delegate Task<IReadOnlyList<BatchItemOutcome<TResult>>> SendBatch<TItem, TResult>(IReadOnlyList<TItem> batch, int batchNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a bulk call as one public operation: batches, bounded concurrency, one outcome per item by index, plus a
    /// parent span (item and batch counts) around the per-batch HTTP spans and the item-outcome counter, when someone
    /// listens. The operation is required so that every family's bulk calls are observed the same way.
    /// </summary>
    public static Task<BatchResult<TResult>> RunAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        int batchSize,
        int concurrency,
        Func<TItem, IReadOnlyList<InstasentFieldError>> validate,
        SendBatch<TItem, TResult> send,
        CancellationToken cancellationToken) =>
        InstasentInstrumentation.BatchObserved
            ? RunObservedAsync(operation, source, batchSize, concurrency, validate, send, cancellationToken)
            : RunCoreAsync(source, batchSize, concurrency, validate, send, cancellationToken);

    private static async Task<BatchResult<TResult>> RunCoreAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> source,
        int batchSize,
        int concurrency,
        Func<TItem, IReadOnlyList<InstasentFieldError>> validate,
        SendBatch<TItem, TResult> send,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<BatchItemOutcome<TResult>>(source is SyncSource<TItem> known ? known.KnownCount : 0);
        var running = new List<Task>();
        using var gate = new SemaphoreSlim(concurrency, concurrency);
        var batchNumber = 0;
        var index = 0;
        var pendingItems = new List<TItem>(batchSize);
        var pendingIndexes = new List<int>(batchSize);

        async Task Dispatch(List<TItem> items, List<int> indexes, int number)
        {
            try
            {
                IReadOnlyList<BatchItemOutcome<TResult>> results;
                try
                {
                    results = await send(items, number, cancellationToken).ConfigureAwait(false);
                }
                catch (InstasentException ex)
                {
                    results = items.Select(_ => new BatchItemOutcome<TResult> { Index = 0, Status = BatchItemStatus.Failed, Exception = ex }).ToArray();
                }

                lock (outcomes)
                {
                    for (var i = 0; i < indexes.Count; i++)
                    {
                        var outcome = i < results.Count
                            ? results[i]
                            : new BatchItemOutcome<TResult>
                            {
                                Index = 0,
                                Status = BatchItemStatus.Failed,
                                Errors = [new InstasentFieldError(string.Empty, "The server's response did not account for this item.")],
                            };
                        outcomes[indexes[i]] = outcome with { Index = indexes[i], BatchNumber = number };
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }

        async Task Flush()
        {
            if (pendingItems.Count == 0)
            {
                return;
            }

            var items = pendingItems;
            var indexes = pendingIndexes;
            pendingItems = new List<TItem>(batchSize);
            pendingIndexes = new List<int>(batchSize);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            running.Add(Dispatch(items, indexes, batchNumber++));
            running.RemoveAll(t => t.IsCompletedSuccessfully);
        }

        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var errors = validate(item);
                lock (outcomes)
                {
                    outcomes.Add(errors.Count == 0
                        ? null!
                        : new BatchItemOutcome<TResult> { Index = index, Status = BatchItemStatus.Rejected, Errors = errors, RejectedBeforeSending = true });
                }

                if (errors.Count == 0)
                {
                    pendingItems.Add(item);
                    pendingIndexes.Add(index);
                    if (pendingItems.Count == batchSize)
                    {
                        await Flush().ConfigureAwait(false);
                    }
                }

                index++;
            }

            await Flush().ConfigureAwait(false);
        }
        finally
        {
            // Never leave batches running unobserved, even when the source or the caller's token failed.
            await Task.WhenAll(running).ConfigureAwait(false);
        }

        return new BatchResult<TResult>(outcomes, batchNumber);
    }

    private static async Task<BatchResult<TResult>> RunObservedAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        int batchSize,
        int concurrency,
        Func<TItem, IReadOnlyList<InstasentFieldError>> validate,
        SendBatch<TItem, TResult> send,
        CancellationToken cancellationToken)
    {
        // Started here, inside the async method, so the span is Activity.Current for the batches and no longer after.
        var activity = InstasentInstrumentation.StartBatch(operation, batchSize, concurrency);
        try
        {
            var result = await RunCoreAsync(source, batchSize, concurrency, validate, send, cancellationToken).ConfigureAwait(false);
            InstasentInstrumentation.StopBatch(activity, operation, result, null);
            return result;
        }
        catch (Exception ex)
        {
            InstasentInstrumentation.StopBatch<TResult>(activity, operation, null, ex);
            throw;
        }
    }

    public static IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items) => new SyncSource<T>(items);

    // A list seen as an async sequence without an iterator state machine; its count, when known without enumerating,
    // presizes the outcome list so 10,000 outcomes do not grow through ever larger (large-object-heap) arrays.
    private sealed class SyncSource<T>(IEnumerable<T> items) : IAsyncEnumerable<T>
    {
        public int KnownCount => items.TryGetNonEnumeratedCount(out var count) ? count : 0;

        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => new Enumerator(items.GetEnumerator());

        private sealed class Enumerator(IEnumerator<T> inner) : IAsyncEnumerator<T>
        {
            public T Current => inner.Current;

            public ValueTask<bool> MoveNextAsync() => new(inner.MoveNext());

            public ValueTask DisposeAsync()
            {
                inner.Dispose();
                return default;
            }
        }
    }
}
