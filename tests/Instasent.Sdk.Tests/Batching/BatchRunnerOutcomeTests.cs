using System.Runtime.CompilerServices;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>
/// What every outcome of a bulk call tells the caller: its input index, its batch, its reference, whether it may be
/// sent again, and what happened to the batches in flight when the call was cancelled (on the fake clock).
/// </summary>
public sealed class BatchRunnerOutcomeTests
{
    private static readonly InstasentOperation NotIdempotent = TransactionalFamily.Descriptor.Operation("SendBulkSms", RetrySafety.NotIdempotent);
    private static readonly InstasentOperation Idempotent = TransactionalFamily.Descriptor.Operation("Upsert", RetrySafety.Idempotent);

    private static BatchPlan<int> Plan(int batchSize, TimeProvider? time = null, TimeSpan? grace = null, int concurrency = 1) =>
        new(batchSize, concurrency, grace ?? TimeSpan.FromSeconds(5), time ?? new FakeTimeProvider(), i => i < 0 ? [new InstasentFieldError("value", "negative")] : []);

    private static Task<IReadOnlyList<BatchItemOutcome<int>>> AcceptAll(IReadOnlyList<int> batch) =>
        Task.FromResult<IReadOnlyList<BatchItemOutcome<int>>>(batch.Select(i => new BatchItemOutcome<int> { Index = 0, Status = BatchItemStatus.Accepted, Result = i }).ToArray());

    [Test]
    public async Task Items_refused_by_validation_take_no_room_in_a_batch_and_every_outcome_keeps_its_input_index()
    {
        var sent = new List<int[]>();

        var result = await BatchRunner.RunAsync<int, int>(
            NotIdempotent,
            BatchRunner.ToAsync(new[] { 1, -1, 2, 3, -2, 4, 5 }),
            Plan(batchSize: 2),
            (batch, _, _) =>
            {
                sent.Add([.. batch]);
                return AcceptAll(batch);
            }, BatchOutcomeRetention.All,
            CancellationToken.None);

        Assert.That(sent, Is.EqualTo(new[] { new[] { 1, 2 }, new[] { 3, 4 }, new[] { 5 } }));
        Assert.That(result.BatchCount, Is.EqualTo(3));
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 7)));
        Assert.That(result.Items.Select(i => i.BatchNumber), Is.EqualTo(new[] { 0, -1, 0, 1, -1, 1, 2 }));
        Assert.That(result.Items.Select(i => i.Status), Is.EqualTo(new[]
        {
            BatchItemStatus.Accepted, BatchItemStatus.Rejected, BatchItemStatus.Accepted, BatchItemStatus.Accepted,
            BatchItemStatus.Rejected, BatchItemStatus.Accepted, BatchItemStatus.Accepted,
        }));
        Assert.That(result.Items.Select(i => i.Result), Is.EqualTo(new[] { 1, 0, 2, 3, 0, 4, 5 }));
        Assert.That(result.Items[1].RejectedBeforeSending, Is.True);
        Assert.That(result.Items[1].Errors, Is.EqualTo(new[] { new InstasentFieldError("value", "negative") }));
        Assert.That(result.Items[0].RejectedBeforeSending, Is.False);
    }

    [Test]
    public async Task A_full_last_batch_is_not_followed_by_an_empty_one()
    {
        var batches = 0;

        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(Enumerable.Range(0, 4)), Plan(batchSize: 2), (batch, _, _) =>
        {
            batches++;
            return AcceptAll(batch);
        }, BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(batches, Is.EqualTo(2));
        Assert.That(result.BatchCount, Is.EqualTo(2));
    }

    [Test]
    public async Task The_reference_of_a_sent_item_is_read_from_the_prepared_item_and_of_a_refused_one_from_the_input()
    {
        var plan = Plan(batchSize: 10) with { Prepare = i => i * 10, Reference = i => "r" + i };
        var received = new List<int>();

        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(new[] { 1, -1, 2 }), plan, (batch, _, _) =>
        {
            received.AddRange(batch);
            return AcceptAll(batch);
        }, BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(received, Is.EqualTo(new[] { 10, 20 }), "the server receives the prepared items");
        Assert.That(result.Items.Select(i => i.ClientReference), Is.EqualTo(new[] { "r10", "r-1", "r20" }));
    }

    [Test]
    public async Task Without_a_reference_function_no_outcome_has_a_reference()
    {
        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(new[] { 1, -1 }), Plan(10), (batch, _, _) => AcceptAll(batch), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(result.Items.Select(i => i.ClientReference), Is.All.Null);
    }

    [Test]
    public async Task Every_outcome_says_whether_the_operation_is_safe_to_repeat()
    {
        var idempotent = await BatchRunner.RunAsync<int, int>(Idempotent, BatchRunner.ToAsync(new[] { 1, -1 }), Plan(10), (batch, _, _) => AcceptAll(batch), BatchOutcomeRetention.All, CancellationToken.None);
        var notIdempotent = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(new[] { 1, -1 }), Plan(10), (batch, _, _) => AcceptAll(batch), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(idempotent.Items.Select(i => i.IdempotentOperation), Is.All.True);
        Assert.That(notIdempotent.Items.Select(i => i.IdempotentOperation), Is.All.False);
    }

    [TestCase(400, BatchItemStatus.Failed)]
    [TestCase(500, BatchItemStatus.Unknown)]
    public async Task An_sdk_exception_of_a_batch_is_that_batchs_outcome_classified_by_whether_it_reached_the_server(int status, BatchItemStatus expected)
    {
        var error = InstasentExceptionFactory.Create(new InstasentErrorInfo { StatusCode = status, Attempts = [new InstasentAttempt(1, status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero)] });

        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(Enumerable.Range(0, 4)), Plan(2), (batch, number, _) => number == 1 ? throw error : AcceptAll(batch), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(result.Items.Select(i => i.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Accepted, expected, expected }));
        Assert.That(result.Items[2].Exception, Is.SameAs(error));
        Assert.That(result.Items[3].BatchNumber, Is.EqualTo(1));
    }

    [Test]
    public async Task An_unexpected_exception_names_its_type_in_the_hint()
    {
        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(new[] { 1 }), Plan(2), (_, _, _) => throw new InvalidCastException("mapper bug"), BatchOutcomeRetention.All, CancellationToken.None);

        var ex = (InstasentTransportException)result.Items[0].Exception!;
        Assert.That(ex.MayHaveReachedServer, Is.True);
        Assert.That(ex.Kind, Is.EqualTo(TransportFailureKind.Other));
        Assert.That(ex.Info.Hint, Does.Contain("(InvalidCastException)"));
    }

    [Test]
    public void Reach_is_decided_from_each_attempts_status_and_failure()
    {
        static InstasentException Attempts(params (int? Status, string Outcome)[] attempts) => InstasentExceptionFactory.Create(new InstasentErrorInfo
        {
            StatusCode = attempts[^1].Status,
            Attempts = attempts.Select((a, i) => new InstasentAttempt(i + 1, a.Status, a.Outcome, TimeSpan.Zero)).ToArray(),
        });

        Assert.That(BatchRunner.MayHaveReachedServer(Attempts((408, "408"))), Is.True, "the server may have read the request before timing it out");
        Assert.That(BatchRunner.MayHaveReachedServer(Attempts((499, "499"))), Is.False);
        Assert.That(BatchRunner.MayHaveReachedServer(Attempts((600, "600"))), Is.True);
        Assert.That(BatchRunner.MayHaveReachedServer(Attempts((null, "timeout"), (400, "400"))), Is.True, "a timed-out attempt may have been processed");
        Assert.That(BatchRunner.MayHaveReachedServer(Attempts((null, "connection error (NameResolutionError)"), (429, "429"))), Is.False);
        Assert.That(BatchRunner.MayHaveReachedServer(Attempts((null, "connection error (ConnectionError)"))), Is.False);
    }

    [Test]
    public void Without_attempts_the_transport_failure_says_whether_the_request_may_have_left()
    {
        Assert.That(BatchRunner.MayHaveReachedServer(new InstasentTransportException(TransportFailureKind.Timeout, mayHaveReachedServer: true, notRetriedBecauseUnsafe: false, new InstasentErrorInfo())), Is.True);
        Assert.That(BatchRunner.MayHaveReachedServer(new InstasentTransportException(TransportFailureKind.Other, mayHaveReachedServer: false, notRetriedBecauseUnsafe: false, new InstasentErrorInfo())), Is.False);
    }

    [Test]
    public void A_failing_source_fails_the_call_after_the_batches_already_sent_have_finished()
    {
        var finished = 0;

        async IAsyncEnumerable<int> Source()
        {
            for (var i = 0; i < 3; i++)
            {
                await Task.Yield();
                yield return i;
            }

            throw new InvalidOperationException("source broke");
        }

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => BatchRunner.RunAsync<int, int>(NotIdempotent, Source(), Plan(2), async (batch, _, _) =>
        {
            await Task.Yield();
            Interlocked.Increment(ref finished);
            return await AcceptAll(batch);
        }, BatchOutcomeRetention.All, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("source broke"));
        Assert.That(Volatile.Read(ref finished), Is.EqualTo(1), "the first batch was sent and awaited; the item after it never was");
    }

    [Test]
    public async Task The_grace_period_runs_on_the_injected_clock_and_its_end_cuts_the_batch_in_flight()
    {
        var time = new FakeTimeProvider();
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = CancellationToken.None;

        var run = BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(Enumerable.Range(0, 6)), Plan(2, time, TimeSpan.FromSeconds(1.5)), async (batch, number, token) =>
        {
            inFlight = token;
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return await AcceptAll(batch);
        }, BatchOutcomeRetention.All, cancel.Token);
        await started.Task;

        await cancel.CancelAsync();
        Assert.That(inFlight.IsCancellationRequested, Is.False, "the batch in flight gets the grace period");
        time.Advance(TimeSpan.FromSeconds(1.4));
        Assert.That(inFlight.IsCancellationRequested, Is.False);
        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.That(inFlight.IsCancellationRequested, Is.True);

        var ex = Assert.CatchAsync<OperationCanceledException>(() => run);
        var partial = ((InstasentBatchCanceledException<int>)ex!).PartialResult;
        Assert.That(partial.Items.Select(i => i.Status), Is.EqualTo(new[]
        {
            BatchItemStatus.Unknown, BatchItemStatus.Unknown, BatchItemStatus.NotSent, BatchItemStatus.NotSent, BatchItemStatus.NotSent, BatchItemStatus.NotSent,
        }));
        var cut = (InstasentTransportException)partial.Items[0].Exception!;
        Assert.That(cut.Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(cut.MayHaveReachedServer, Is.True);
        Assert.That(cut.Info.Hint, Is.EqualTo("The call was cancelled and this batch was still in flight when BulkCancellationGrace (1.5 s) ran out"));
        Assert.That(cut.NotRetriedBecauseUnsafe, Is.False, "it was cut by the caller's cancellation, not left unretried for safety");
        Assert.That(cut.Operation, Is.EqualTo("Transactional.SendBulkSms"));
        Assert.That(partial.Items.Skip(2).Select(i => i.BatchNumber), Is.All.EqualTo(-1));
        Assert.That(partial.Items[2].Errors.Single().Message, Does.StartWith("Not sent"));
        Assert.That(partial.BatchCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Without_a_grace_period_the_batch_in_flight_is_cut_at_once()
    {
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inFlight = CancellationToken.None;

        var run = BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(Enumerable.Range(0, 2)), Plan(2, grace: TimeSpan.Zero), async (batch, _, token) =>
        {
            inFlight = token;
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return await AcceptAll(batch);
        }, BatchOutcomeRetention.All, cancel.Token);
        await started.Task;

        await cancel.CancelAsync();

        Assert.That(inFlight.IsCancellationRequested, Is.True);
        var ex = Assert.CatchAsync<OperationCanceledException>(() => run);
        var partial = ((InstasentBatchCanceledException<int>)ex!).PartialResult;
        Assert.That(partial.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(partial.Items[0].Exception!.Info.Hint, Does.Contain("BulkCancellationGrace (0 s)"));
    }

    [Test]
    public void A_batch_that_ends_in_time_after_the_call_was_cancelled_keeps_its_answer()
    {
        var time = new FakeTimeProvider();
        using var cancel = new CancellationTokenSource();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(Enumerable.Range(0, 3)), Plan(2, time), async (batch, _, _) =>
        {
            await release.Task;
            return await AcceptAll(batch);
        }, BatchOutcomeRetention.All, cancel.Token);

        cancel.Cancel();
        release.SetResult();

        var ex = Assert.CatchAsync<OperationCanceledException>(() => run);
        var partial = ((InstasentBatchCanceledException<int>)ex!).PartialResult;
        Assert.That(partial.Items.Select(i => i.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Accepted, BatchItemStatus.NotSent }));
    }

    [Test]
    public async Task An_async_source_that_is_not_a_list_is_read_to_its_end()
    {
        static async IAsyncEnumerable<int> Source([EnumeratorCancellation] CancellationToken token = default)
        {
            for (var i = 0; i < 5; i++)
            {
                await Task.Yield();
                yield return i;
            }
        }

        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, Source(), Plan(2), (batch, _, _) => AcceptAll(batch), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(result.Items.Select(i => i.Result), Is.EqualTo(Enumerable.Range(0, 5)));
        Assert.That(result.BatchCount, Is.EqualTo(3));
    }

    [Test]
    public async Task A_lazy_sequence_without_a_known_count_is_read_whole()
    {
        var result = await BatchRunner.RunAsync<int, int>(NotIdempotent, BatchRunner.ToAsync(Enumerable.Range(0, 5).Where(i => i >= 0)), Plan(2), (batch, _, _) => AcceptAll(batch), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(result.Items.Select(i => i.Result), Is.EqualTo(Enumerable.Range(0, 5)));
    }
}
