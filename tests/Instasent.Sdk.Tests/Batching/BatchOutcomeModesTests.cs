using System.Runtime.CompilerServices;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>
/// The three ways a bulk call can hand back its outcomes — all kept, only those not accepted, or streamed as batches
/// finish — account for every item exactly once, with the same statuses, through failures and cancellation.
/// </summary>
public sealed class BatchOutcomeModesTests
{
    private static readonly InstasentOperation Bulk = TransactionalFamily.Descriptor.Operation("SendBulkSms", RetrySafety.NotIdempotent);

    private static BatchPlan<int> Plan(int batchSize = 10, int concurrency = 3, TimeProvider? time = null) =>
        new(batchSize, concurrency, TimeSpan.FromSeconds(5), time ?? new FakeTimeProvider(), i => i < 0 ? [new InstasentFieldError("value", "negative")] : [])
        {
            Reference = static i => "ref" + i,
        };

    private static readonly InstasentException Refused = new InstasentApiException(new InstasentErrorInfo { Operation = "Transactional.SendBulkSms", StatusCode = 400 });

    // Inputs: some refused before sending (negative), batch 3 refused by the server as a whole, batch 5 answered with
    // too few outcomes, the rest accepted; out of order, as concurrent batches finish.
    private static IReadOnlyList<int> Inputs() => [.. Enumerable.Range(0, 95).Select(i => i % 17 == 5 ? -i : i)];

    private static async Task<IReadOnlyList<BatchItemOutcome<int>>> Answer(IReadOnlyList<int> batch, int number)
    {
        await Task.Delay(number % 3 == 0 ? 3 : 0);
        if (number == 3)
        {
            throw Refused;
        }

        var outcomes = batch.Select(i => new BatchItemOutcome<int> { Index = 0, Status = BatchItemStatus.Accepted, Result = i });
        return [.. number == 5 ? outcomes.Take(batch.Count - 2) : outcomes];
    }

    private static (int Index, BatchItemStatus Status, int Result, string? Reference, int Batch) Key(BatchItemOutcome<int> o) =>
        (o.Index, o.Status, o.Result, o.ClientReference, o.BatchNumber);

    [Test]
    public async Task Every_mode_accounts_for_every_item_once_with_the_same_outcome()
    {
        var all = await BatchRunner.RunAsync<int, int>(Bulk, BatchRunner.ToAsync(Inputs()), Plan(), (b, n, _) => Answer(b, n), BatchOutcomeRetention.All, CancellationToken.None);
        var notAccepted = await BatchRunner.RunAsync<int, int>(Bulk, BatchRunner.ToAsync(Inputs()), Plan(), (b, n, _) => Answer(b, n), BatchOutcomeRetention.NotAccepted, CancellationToken.None);
        var streamed = new List<BatchItemOutcome<int>>();
        await foreach (var outcome in BatchRunner.StreamAsync<int, int>(Bulk, BatchRunner.ToAsync(Inputs()), Plan(), (b, n, _) => Answer(b, n), CancellationToken.None))
        {
            streamed.Add(outcome);
        }

        Assert.That(all.Items.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, 95)));
        Assert.That(all.Items.Select(o => o.Status).Distinct(), Is.EquivalentTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Rejected, BatchItemStatus.Failed, BatchItemStatus.Unknown }), "the inputs cover every status");
        Assert.That(streamed.Select(Key).OrderBy(k => k.Index), Is.EqualTo(all.Items.Select(Key)), "the stream yields every item's outcome exactly once");
        Assert.That(notAccepted.Items.Select(Key), Is.EqualTo(all.Items.Where(o => o.Status != BatchItemStatus.Accepted).Select(Key)), "only the outcomes to act on are kept, by index");
        Assert.That(notAccepted.Retention, Is.EqualTo(BatchOutcomeRetention.NotAccepted));
        Assert.That(
            (notAccepted.ItemCount, notAccepted.AcceptedCount, notAccepted.RejectedCount, notAccepted.FailedCount, notAccepted.UnknownCount, notAccepted.BatchCount),
            Is.EqualTo((all.ItemCount, all.AcceptedCount, all.RejectedCount, all.FailedCount, all.UnknownCount, all.BatchCount)));
        Assert.That(all.ItemCount, Is.EqualTo(95));
        Assert.That(notAccepted.AllAccepted, Is.False);
    }

    [Test]
    public async Task A_call_that_accepts_everything_keeps_no_outcome_when_asked_to_keep_only_the_rest()
    {
        var result = await BatchRunner.RunAsync<int, int>(Bulk, BatchRunner.ToAsync(Enumerable.Range(0, 250)), Plan(), (b, _, _) => Answer(b, 0), BatchOutcomeRetention.NotAccepted, CancellationToken.None);

        Assert.That(result.Items, Is.Empty);
        Assert.That(result.ItemCount, Is.EqualTo(250));
        Assert.That(result.AcceptedCount, Is.EqualTo(250));
        Assert.That(result.AllAccepted, Is.True);
        Assert.That(result.ToString(), Does.Contain("Items = 250").And.Contain("Retention = NotAccepted"));
    }

    [Test]
    public async Task A_cancelled_stream_still_yields_every_items_outcome_then_throws()
    {
        using var cancel = new CancellationTokenSource();
        var streamed = new List<BatchItemOutcome<int>>();

        var ex = Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in BatchRunner.StreamAsync<int, int>(Bulk, BatchRunner.ToAsync(Enumerable.Range(0, 100)), Plan(concurrency: 1), (b, n, _) => Answer(b, 0), cancel.Token))
            {
                streamed.Add(outcome);
                if (streamed.Count == 10)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.That(ex!.CancellationToken, Is.EqualTo(cancel.Token));
        Assert.That(streamed.Select(o => o.Index).Order(), Is.EqualTo(Enumerable.Range(0, 100)), "a list is the whole input: every item has an outcome");
        Assert.That(streamed.Where(o => o.Status == BatchItemStatus.NotSent).Select(o => o.BatchNumber), Is.All.EqualTo(-1));
        Assert.That(streamed.Count(o => o.Status == BatchItemStatus.Accepted), Is.InRange(10, 40), "the batches in flight finished; nothing was sent after the cancellation");
        Assert.That(streamed.Where(o => o.Status == BatchItemStatus.NotSent).Select(o => o.IsSafeToResend), Is.All.True);
    }

    [Test]
    public async Task A_reader_that_stops_early_stops_the_sending()
    {
        var sent = 0;

        var validated = 0;
        var plan = Plan(concurrency: 2) with { Validate = _ => { Interlocked.Increment(ref validated); return []; } };
        await foreach (var outcome in BatchRunner.StreamAsync<int, int>(Bulk, BatchRunner.ToAsync(Enumerable.Range(0, 10_000)), plan, (b, n, _) =>
        {
            Interlocked.Increment(ref sent);
            return Answer(b, 0);
        }, CancellationToken.None))
        {
            break;
        }

        var after = Volatile.Read(ref sent);
        Assert.That(after, Is.LessThan(20), "outcomes nobody reads hold back the batches (room for the batches in flight and one more)");
        Assert.That(Volatile.Read(ref validated), Is.LessThan(500), "the rest of the list is not read for a reader that left");
    }

    [Test]
    public async Task A_failing_source_ends_the_stream_with_its_exception_after_the_outcomes_of_what_was_sent()
    {
        static async IAsyncEnumerable<int> Source([EnumeratorCancellation] CancellationToken token = default)
        {
            for (var i = 0; i < 25; i++)
            {
                await Task.Yield();
                yield return i;
            }

            throw new InvalidOperationException("export failed");
        }

        var streamed = new List<BatchItemOutcome<int>>();
        var ex = Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var outcome in BatchRunner.StreamAsync<int, int>(Bulk, Source(), Plan(), (b, _, _) => Answer(b, 0), CancellationToken.None))
            {
                streamed.Add(outcome);
            }
        });

        Assert.That(ex!.Message, Is.EqualTo("export failed"));
        Assert.That(streamed.Select(o => o.Index).Order(), Is.EqualTo(Enumerable.Range(0, 25)), "every item read has an outcome");
        Assert.That(streamed.Where(o => o.Index < 20).Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Accepted), "two full batches were sent");
        Assert.That(streamed.Where(o => o.Index >= 20).Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.NotSent), "the batch being filled never left");
        Assert.That(streamed.Single(o => o.Index == 20).Errors.Single().Message, Does.Contain("reading the input failed"));
    }

    [Test]
    public async Task An_outcome_a_batch_hands_out_twice_becomes_two_outcomes()
    {
        var shared = new BatchItemOutcome<int> { Index = 0, Status = BatchItemStatus.Accepted, Result = 7 };

        var result = await BatchRunner.RunAsync<int, int>(Bulk, BatchRunner.ToAsync(new[] { 1, 2 }), Plan(), (_, _, _) => Task.FromResult<IReadOnlyList<BatchItemOutcome<int>>>([shared, shared]), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(result.Items.Select(o => o.Index), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(result.Items[0], Is.Not.SameAs(result.Items[1]));
        Assert.That(result.Items.Select(o => o.ClientReference), Is.EqualTo(new[] { "ref1", "ref2" }));
    }
}
