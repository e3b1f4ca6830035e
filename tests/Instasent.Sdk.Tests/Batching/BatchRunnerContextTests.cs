using System.Runtime.CompilerServices;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>
/// What a bulk call does to its caller's surroundings: it never resumes on the caller's synchronization context (a UI
/// thread or a classic ASP.NET request would otherwise deadlock when waited on), and it always disposes the source it
/// enumerated, however the call ends.
/// </summary>
public sealed class BatchRunnerContextTests
{
    private static readonly InstasentOperation Bulk = TransactionalFamily.Descriptor.Operation("SendBulkSms", RetrySafety.NotIdempotent);

    private static BatchPlan<int> Plan() =>
        new(10, 2, TimeSpan.FromSeconds(5), new FakeTimeProvider(), i => i < 0 ? [new InstasentFieldError("value", "negative")] : []);

    // Completes on another thread, so every await after it has a real continuation to schedule.
    private static async Task<IReadOnlyList<BatchItemOutcome<int>>> AcceptLater(IReadOnlyList<int> batch)
    {
        await Task.Delay(1).ConfigureAwait(false);
        return [.. batch.Select(i => new BatchItemOutcome<int> { Index = 0, Status = BatchItemStatus.Accepted, Result = i })];
    }

    private static int[] Inputs() => [.. Enumerable.Range(0, 45).Select(i => i % 9 == 4 ? -i : i)];

    private static async IAsyncEnumerable<int> Source(DisposalProbe probe, [EnumeratorCancellation] CancellationToken token = default)
    {
        try
        {
            for (var i = 0; i < 45; i++)
            {
                // The test's own source never touches the caller's context, so every post the test sees is the SDK's.
                await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
                yield return i % 9 == 4 ? -i : i;
            }
        }
        finally
        {
            probe.Disposed = true;
        }
    }

    [Test]
    public async Task A_bulk_call_never_resumes_on_the_callers_synchronization_context()
    {
        var context = new CountingContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(context);
        Task<BatchResult<int>> call;
        Task<List<BatchItemOutcome<int>>> stream;
        Task<List<BatchItemOutcome<int>>> listStream;
        try
        {
            // A list is read synchronously, so the runner reaches its awaits still on the caller's context; an
            // asynchronous source checks the streaming path's hand-over to its producer.
            call = BatchRunner.RunAsync<int, int>(Bulk, BatchRunner.ToAsync(Inputs()), Plan(), (b, _, _) => AcceptLater(b), BatchOutcomeRetention.All, CancellationToken.None);
            listStream = Collect(BatchRunner.StreamAsync<int, int>(Bulk, BatchRunner.ToAsync(Inputs()), Plan(), (b, _, _) => AcceptLater(b), CancellationToken.None));
            stream = Collect(BatchRunner.StreamAsync<int, int>(Bulk, Source(new DisposalProbe()), Plan(), (b, _, _) => AcceptLater(b), CancellationToken.None));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        var result = await call.WaitAsync(TimeSpan.FromSeconds(30));
        var streamed = await stream.WaitAsync(TimeSpan.FromSeconds(30));
        var listStreamed = await listStream.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(result.ItemCount, Is.EqualTo(45));
        Assert.That(listStreamed, Has.Count.EqualTo(45));
        Assert.That(streamed, Has.Count.EqualTo(45));
        Assert.That(context.Posts, Is.Zero, "no continuation of the SDK was posted to the caller's context");
    }

    [Test]
    public async Task The_source_is_disposed_when_the_call_ends()
    {
        var probe = new DisposalProbe();

        await BatchRunner.RunAsync<int, int>(Bulk, Source(probe), Plan(), (b, _, _) => AcceptLater(b), BatchOutcomeRetention.All, CancellationToken.None);

        Assert.That(probe.Disposed, Is.True);
    }

    // Started on the caller's context (the test sets it), consumed without it: only the SDK's own awaits could post.
    private static async Task<List<BatchItemOutcome<int>>> Collect(IAsyncEnumerable<BatchItemOutcome<int>> outcomes)
    {
        var list = new List<BatchItemOutcome<int>>();
        await foreach (var outcome in outcomes.ConfigureAwait(false))
        {
            list.Add(outcome);
        }

        return list;
    }

    private sealed class DisposalProbe
    {
        public bool Disposed { get; set; }
    }

    // Runs posted work on the thread pool (so nothing deadlocks) and counts it.
    private sealed class CountingContext : SynchronizationContext
    {
        private int posts;

        public int Posts => Volatile.Read(ref posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref posts);
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }

        public override void Send(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref posts);
            d(state);
        }
    }
}
