using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
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
        BatchOutcomeRetention retention,
        CancellationToken cancellationToken) =>
        RunAsync(operation, source, plan, send, BatchOutcomeSink<TResult>.Create(retention, (source as SyncSource<TItem>)?.KnownCount ?? 0), cancellationToken);

    /// <summary>
    /// Runs a bulk call and yields each item's outcome as soon as it is known (rejected items when read, a batch's
    /// items when it finishes), keeping none: memory stays flat however many items stream through. Every item read
    /// gets exactly one outcome, in the order they become known (each carries its <see cref="BatchItemOutcome{TResult}.Index"/>).
    /// A reader that falls behind holds back further batches. When the caller cancels, the remaining outcomes (not
    /// sent, or in flight past the grace) are still yielded, then <see cref="OperationCanceledException"/> is thrown.
    /// A reader that stops early cancels the call the same way and gets nothing further.
    /// </summary>
    public static async IAsyncEnumerable<BatchItemOutcome<TResult>> StreamAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        BatchPlan<TItem> plan,
        SendBatch<TItem, TResult> send,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Room for the batches in flight and the one being read: beyond that the runner waits for the reader.
        var channel = Channel.CreateBounded<BatchItemOutcome<TResult>>(new BoundedChannelOptions(plan.BatchSize * (plan.Concurrency + 1))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var abandoned = new CancellationTokenSource();
        var run = ProduceAsync(operation, source, plan, send, BatchOutcomeSink<TResult>.Stream(channel.Writer, abandoned.Token), channel.Writer, stop.Token);
        var readToEnd = false;
        try
        {
            while (await channel.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var outcome))
                {
                    yield return outcome;
                }
            }

            readToEnd = true;
        }
        finally
        {
            if (!readToEnd)
            {
                // The reader stopped early: stop sending, and let the runner drop what nobody will read.
                abandoned.Cancel();
                await stop.CancelAsync().ConfigureAwait(false);
            }

            var failure = await run.ConfigureAwait(false);
            if (readToEnd)
            {
                failure?.Throw();
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static async Task<ExceptionDispatchInfo?> ProduceAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        BatchPlan<TItem> plan,
        SendBatch<TItem, TResult> send,
        BatchOutcomeSink<TResult> sink,
        ChannelWriter<BatchItemOutcome<TResult>> writer,
        CancellationToken cancellationToken)
    {
        // Off the reader's stack, so the first batches are sent while the reader waits for outcomes; on the thread
        // pool, never on the reader's synchronization context (Task.Yield would post to it).
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            await RunAsync(operation, source, plan, send, sink, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (InstasentBatchCanceledException<TResult>)
        {
            // Every outcome, not-sent ones included, went through the channel; the reader throws the cancellation.
            return null;
        }
        catch (Exception ex)
        {
            return ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private static Task<BatchResult<TResult>> RunAsync<TItem, TResult>(
        InstasentOperation operation,
        IAsyncEnumerable<TItem> source,
        BatchPlan<TItem> plan,
        SendBatch<TItem, TResult> send,
        BatchOutcomeSink<TResult> sink,
        CancellationToken cancellationToken) =>
        InstasentInstrumentation.BatchObserved
            ? RunObservedAsync(operation, source, plan, send, sink, cancellationToken)
            : RunCoreAsync(operation, source, plan, send, sink, cancellationToken);

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
        BatchOutcomeSink<TResult> sink,
        CancellationToken cancellationToken)
    {
        var known = source as SyncSource<TItem>;
        var idempotent = operation.Safety == RetrySafety.Idempotent;
        var running = new List<Task>();
        var batchNumber = 0;
        var nextIndex = 0;
        var pending = new PendingBatch<TItem>(plan.BatchSize);
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

        async Task Dispatch(PendingBatch<TItem> batch, int number)
        {
            IReadOnlyList<BatchItemOutcome<TResult>>? results = null;
            InstasentException? failure = null;
            var failureStatus = BatchItemStatus.Unknown;
            try
            {
                results = await send(batch.Items, number, inFlight.Token).ConfigureAwait(false);
            }
            catch (InstasentException ex)
            {
                failure = ex;
                failureStatus = MayHaveReachedServer(ex) ? BatchItemStatus.Unknown : BatchItemStatus.Failed;
            }
            catch (OperationCanceledException ex) when (inFlight.IsCancellationRequested)
            {
                failure = GraceRanOut(operation, plan.CancellationGrace, ex);
            }
            catch (Exception ex)
            {
                // Not an SDK failure: a bug or an answer nobody foresaw. Where it happened is unknown, so the batch may
                // have reached the server.
                failure = Unexpected(operation, ex);
            }

            try
            {
                for (var i = 0; i < batch.Indexes.Count; i++)
                {
                    var outcome = failure is not null
                        ? new BatchItemOutcome<TResult> { Index = 0, Status = failureStatus, Exception = failure }
                        : (results is not null && i < results.Count ? results[i] : null)
                            ?? new BatchItemOutcome<TResult>
                            {
                                Index = 0,
                                Status = BatchItemStatus.Unknown,
                                Errors = [new InstasentFieldError(string.Empty, "The server's answer was read without accounting for this item; look it up before sending it again.")],
                            };
                    await sink.AddAsync(outcome.Stamp(batch.Indexes[i], number, batch.References?[i], idempotent)).ConfigureAwait(false);
                }
            }
            finally
            {
                // Released once the outcomes are handed over, so a streaming reader that falls behind holds back the next batch.
                gate.Release();
            }
        }

        async Task Flush()
        {
            if (pending.Items.Count == 0)
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

            var batch = pending;
            pending = new PendingBatch<TItem>(plan.BatchSize);
            running.Add(Dispatch(batch, batchNumber++));
            running.RemoveAll(t => t.IsCompleted);
        }

        async ValueTask Read(TItem item)
        {
            var errors = plan.Validate(item);
            var index = nextIndex++;
            if (errors.Count > 0)
            {
                var rejected = new BatchItemOutcome<TResult> { Index = 0, Status = BatchItemStatus.Rejected, Errors = errors, RejectedBeforeSending = true };
                await sink.AddAsync(rejected.Stamp(index, -1, plan.Reference?.Invoke(item), idempotent)).ConfigureAwait(false);
                return;
            }

            var prepared = plan.Prepare is { } prepare ? prepare(item) : item;
            pending.Add(prepared, index, plan.Reference?.Invoke(prepared), plan.Reference is not null);
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

                    await Read(enumerator.Current).ConfigureAwait(false);
                    if (pending.Items.Count == plan.BatchSize)
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
                // A stream whose reader left takes no more outcomes, so the rest of its list is not even read.
                if (known is { HasKnownCount: true } && !sink.Abandoned)
                {
                    while (await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        await Read(enumerator.Current).ConfigureAwait(false);
                    }
                }

                for (var i = 0; i < pending.Indexes.Count; i++)
                {
                    await sink.AddAsync(NotSent<TResult>(Cancelled).Stamp(pending.Indexes[i], -1, pending.References?[i], idempotent)).ConfigureAwait(false);
                }

                pending = new PendingBatch<TItem>(0);
            }
            catch (Exception ex)
            {
                // The items read but not yet batched never left; a streaming reader still learns so before the failure.
                sourceFailure = ExceptionDispatchInfo.Capture(ex);
                for (var i = 0; i < pending.Indexes.Count; i++)
                {
                    await sink.AddAsync(NotSent<TResult>(InputFailed).Stamp(pending.Indexes[i], -1, pending.References?[i], idempotent)).ConfigureAwait(false);
                }
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
        var result = sink.ToResult(batchNumber);
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

    private const string Cancelled = "Not sent: the call was cancelled before this item's batch was sent.";
    private const string InputFailed = "Not sent: reading the input failed before this item's batch was sent.";

    private static BatchItemOutcome<TResult> NotSent<TResult>(string why) => new()
    {
        Index = 0,
        Status = BatchItemStatus.NotSent,
        Errors = [new InstasentFieldError(string.Empty, why)],
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
        BatchOutcomeSink<TResult> sink,
        CancellationToken cancellationToken)
    {
        // Started here, inside the async method, so the span is Activity.Current for the batches and no longer after.
        var activity = InstasentInstrumentation.StartBatch(operation, plan.BatchSize, plan.Concurrency);
        try
        {
            var result = await RunCoreAsync(operation, source, plan, send, sink, cancellationToken).ConfigureAwait(false);
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
    // presizes the outcome list.
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
