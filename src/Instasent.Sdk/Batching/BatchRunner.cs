using System.Globalization;
using System.Runtime.ExceptionServices;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Batching;

/// <summary>
/// Splits any number of items into batches, sends them with bounded concurrency and collects one outcome per item by
/// its original index. Shared by every bulk and batch call (Instasent SMS bulk, Ingest, LynSMS bulk).
/// <para>
/// Nothing a batch does can lose another batch's outcomes: every exception of a batch becomes that batch's outcome
/// (typed, and classified as <see cref="BatchItemStatus.Failed"/> or <see cref="BatchItemStatus.Unknown"/> by whether
/// the request may have reached the server). When the caller cancels, no further batch is sent, batches in flight get
/// <see cref="InstasentClientOptions.BulkCancellationGrace"/> to finish (their own token is cancelled only when it runs
/// out), and the call throws <see cref="InstasentBatchCanceledException{TResult}"/> carrying every outcome known.
/// </para>
/// </summary>
internal static class BatchRunner
{
    /// <summary>Sends one batch; returns one outcome per item of the batch (the runner fills in index and batch number).</summary>
    public delegate Task<IReadOnlyList<BatchItemOutcome<TResult>>> SendBatch<TItem, TResult>(IReadOnlyList<TItem> batch, int batchNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a bulk call as one public operation: batches, bounded concurrency, one outcome per item by index, plus a
    /// parent span (item and batch counts) around the per-batch HTTP spans and the item-outcome counter, when someone
    /// listens. The operation is required so that every family's bulk calls are observed the same way, and its retry
    /// safety tells whether an item whose fate is unknown may be sent again.
    /// </summary>
    public static Task<BatchResult<TResult>> RunAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        BatchPlan<TItem> plan,
        SendBatch<TItem, TResult> send,
        CancellationToken cancellationToken) =>
        InstasentInstrumentation.BatchObserved
            ? RunObservedAsync(operation, source, plan, send, cancellationToken)
            : RunCoreAsync(operation, source, plan, send, cancellationToken);

    public static IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items) => new SyncSource<T>(items);

    /// <summary>
    /// Whether a failed call's request may have reached the server. Decided from every attempt, not just the exception
    /// of the last: an earlier attempt answered 5xx may have stored the batch even when the last could not connect.
    /// </summary>
    internal static bool MayHaveReachedServer(InstasentException exception) => exception switch
    {
        InstasentResponseFormatException => true,
        { Attempts.Count: 0 } => exception is InstasentTransportException { MayHaveReachedServer: true },
        _ => exception.Attempts.Any(MayHaveReachedServer),
    };

    private static bool MayHaveReachedServer(InstasentAttempt attempt) => attempt.StatusCode switch
    {
        null => !AttemptHandler.CouldNotConnect(attempt),
        408 => true,
        // The server refused the request as a whole (429 included) without acting on it.
        >= 400 and < 500 => false,
        _ => true,
    };

    private static async Task<BatchResult<TResult>> RunCoreAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        BatchPlan<TItem> plan,
        SendBatch<TItem, TResult> send,
        CancellationToken cancellationToken)
    {
        var known = source as SyncSource<TItem>;
        var capacity = known?.KnownCount ?? 0;
        var outcomes = new List<BatchItemOutcome<TResult>?>(capacity);
        var references = plan.Reference is null ? null : new List<string?>(capacity);
        var idempotent = operation.Safety == RetrySafety.Idempotent;
        var running = new List<Task>();
        var batchNumber = 0;
        var pendingItems = new List<TItem>(plan.BatchSize);
        var pendingIndexes = new List<int>(plan.BatchSize);
        ExceptionDispatchInfo? sourceFailure = null;

        // Batches in flight run on their own token: the caller's cancellation only starts the grace period, whose end
        // cancels them. The grace runs on the injected clock, like every other wait of the SDK.
        using var gate = new SemaphoreSlim(plan.Concurrency, plan.Concurrency);
        var inFlight = new CancellationTokenSource();
        ITimer? graceTimer = null;
        var registration = cancellationToken.Register(() =>
        {
            if (plan.CancellationGrace <= TimeSpan.Zero)
            {
                CancelInFlight(inFlight);
            }
            else
            {
                graceTimer = plan.TimeProvider.CreateTimer(static state => CancelInFlight((CancellationTokenSource)state!), inFlight, plan.CancellationGrace, Timeout.InfiniteTimeSpan);
            }
        });

        BatchItemOutcome<TResult> Finish(BatchItemOutcome<TResult> outcome, int index, int number) =>
            outcome with { Index = index, BatchNumber = number, ClientReference = references?[index], IdempotentOperation = idempotent };

        async Task Dispatch(List<TItem> items, List<int> indexes, int number)
        {
            IReadOnlyList<BatchItemOutcome<TResult>>? results = null;
            BatchItemOutcome<TResult>? failure = null;
            try
            {
                results = await send(items, number, inFlight.Token).ConfigureAwait(false);
            }
            catch (InstasentException ex)
            {
                failure = new() { Index = 0, Status = MayHaveReachedServer(ex) ? BatchItemStatus.Unknown : BatchItemStatus.Failed, Exception = ex };
            }
            catch (OperationCanceledException ex) when (inFlight.IsCancellationRequested)
            {
                failure = new() { Index = 0, Status = BatchItemStatus.Unknown, Exception = GraceRanOut(operation, plan.CancellationGrace, ex) };
            }
            catch (Exception ex)
            {
                // Not an SDK failure: a bug or an answer nobody foresaw. Where it happened is unknown, so the batch may
                // have reached the server.
                failure = new() { Index = 0, Status = BatchItemStatus.Unknown, Exception = Unexpected(operation, ex) };
            }
            finally
            {
                gate.Release();
            }

            lock (outcomes)
            {
                for (var i = 0; i < indexes.Count; i++)
                {
                    var outcome = failure
                        ?? (results is not null && i < results.Count ? results[i] : null)
                        ?? new BatchItemOutcome<TResult>
                        {
                            Index = 0,
                            Status = BatchItemStatus.Unknown,
                            Errors = [new InstasentFieldError(string.Empty, "The server's answer was read without accounting for this item; look it up before sending it again.")],
                        };
                    outcomes[indexes[i]] = Finish(outcome, indexes[i], number);
                }
            }
        }

        async Task Flush()
        {
            if (pendingItems.Count == 0)
            {
                return;
            }

            // Waiting for a free slot is where cancellation stops the dispatching: the pending items stay unsent.
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                // The slot may have been freed by the cancellation itself (a batch cut off at once, with no grace),
                // racing the wait's own cancellation: the pending items must still stay unsent.
                gate.Release();
                cancellationToken.ThrowIfCancellationRequested();
            }

            var items = pendingItems;
            var indexes = pendingIndexes;
            pendingItems = new List<TItem>(plan.BatchSize);
            pendingIndexes = new List<int>(plan.BatchSize);
            running.Add(Dispatch(items, indexes, batchNumber++));
            running.RemoveAll(t => t.IsCompleted);
        }

        void Read(TItem item)
        {
            var errors = plan.Validate(item);
            var index = outcomes.Count;
            if (errors.Count > 0)
            {
                var reference = plan.Reference?.Invoke(item);
                lock (outcomes)
                {
                    references?.Add(reference);
                    outcomes.Add(Finish(new BatchItemOutcome<TResult> { Index = 0, Status = BatchItemStatus.Rejected, Errors = errors, RejectedBeforeSending = true }, index, -1));
                }

                return;
            }

            var prepared = plan.Prepare is { } prepare ? prepare(item) : item;
            var preparedReference = plan.Reference?.Invoke(prepared);
            lock (outcomes)
            {
                // Batches in flight read the references while this loop adds to them.
                references?.Add(preparedReference);
                outcomes.Add(null);
            }

            pendingItems.Add(prepared);
            pendingIndexes.Add(index);
        }

        var enumerator = source.GetAsyncEnumerator(cancellationToken);
        try
        {
            try
            {
                while (true)
                {
                    // Checked before reading: an item read is an input and must get an outcome.
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    Read(enumerator.Current);
                    if (pendingItems.Count == plan.BatchSize)
                    {
                        await Flush().ConfigureAwait(false);
                    }
                }

                await Flush().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // A list the caller gave is the input as a whole: what was not reached is reported as not sent. An
                // asynchronous source's items not yet produced are not inputs (reading on could block or never end).
                if (known is { HasKnownCount: true })
                {
                    while (await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        Read(enumerator.Current);
                    }
                }

                lock (outcomes)
                {
                    foreach (var index in pendingIndexes)
                    {
                        outcomes[index] = Finish(NotSent<TResult>(), index, -1);
                    }
                }

                pendingIndexes.Clear();
            }
            catch (Exception ex)
            {
                sourceFailure = ExceptionDispatchInfo.Capture(ex);
            }
        }
        finally
        {
            // Never leave batches running unobserved. This ends: a batch's own failures are outcomes, and after a
            // cancellation the grace period bounds how long the batches in flight may take.
            await Task.WhenAll(running).ConfigureAwait(false);
            await enumerator.DisposeAsync().ConfigureAwait(false);
            registration.Dispose();
            graceTimer?.Dispose();
            inFlight.Dispose();
        }

        sourceFailure?.Throw();
        var result = new BatchResult<TResult>(outcomes!, batchNumber);
        if (cancellationToken.IsCancellationRequested)
        {
            throw new InstasentBatchCanceledException<TResult>(result, cancellationToken);
        }

        return result;
    }

    private static void CancelInFlight(CancellationTokenSource inFlight)
    {
        try
        {
            inFlight.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The grace timer fired while the call was already finishing: nothing is in flight any more.
        }
    }

    private static BatchItemOutcome<TResult> NotSent<TResult>() => new()
    {
        Index = 0,
        Status = BatchItemStatus.NotSent,
        Errors = [new InstasentFieldError(string.Empty, "Not sent: the call was cancelled before this item's batch was sent.")],
    };

    private static InstasentTransportException GraceRanOut(InstasentOperation operation, TimeSpan grace, OperationCanceledException cancelled) =>
        new(
            TransportFailureKind.Timeout,
            mayHaveReachedServer: true,
            notRetriedBecauseUnsafe: false,
            new InstasentErrorInfo
            {
                Operation = operation.DisplayName,
                Hint = "The call was cancelled and this batch was still in flight when BulkCancellationGrace ("
                    + grace.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s) ran out",
            },
            cancelled);

    private static InstasentTransportException Unexpected(InstasentOperation operation, Exception exception) =>
        new(
            TransportFailureKind.Other,
            mayHaveReachedServer: true,
            notRetriedBecauseUnsafe: false,
            new InstasentErrorInfo { Operation = operation.DisplayName, Hint = "The SDK failed while handling this batch (" + exception.GetType().Name + ")" },
            exception);

    private static async Task<BatchResult<TResult>> RunObservedAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        BatchPlan<TItem> plan,
        SendBatch<TItem, TResult> send,
        CancellationToken cancellationToken)
    {
        // Started here, inside the async method, so the span is Activity.Current for the batches and no longer after.
        var activity = InstasentInstrumentation.StartBatch(operation, plan.BatchSize, plan.Concurrency);
        try
        {
            var result = await RunCoreAsync(operation, source, plan, send, cancellationToken).ConfigureAwait(false);
            InstasentInstrumentation.StopBatch(activity, operation, result, null);
            return result;
        }
        catch (Exception ex)
        {
            InstasentInstrumentation.StopBatch(activity, operation, (ex as InstasentBatchCanceledException<TResult>)?.PartialResult, ex);
            throw;
        }
    }

    // A list seen as an async sequence without an iterator state machine; its count, when known without enumerating,
    // presizes the outcome list so 10,000 outcomes do not grow through ever larger (large-object-heap) arrays.
    private sealed class SyncSource<T>(IEnumerable<T> items) : IAsyncEnumerable<T>
    {
        public bool HasKnownCount => items.TryGetNonEnumeratedCount(out _);

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
