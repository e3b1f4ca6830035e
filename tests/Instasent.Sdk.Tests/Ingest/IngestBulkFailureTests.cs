using System.Runtime.CompilerServices;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

/// <summary>Ingest batches keep every known outcome through cancellation and failures; their writes are idempotent.</summary>
public sealed class IngestBulkFailureTests : FakeServerFixture
{
    private const string Project = FakeAudienceState.DefaultProjectId;

    private static IngestContact Contact(int i) => new($"u{i}") { Email = $"user{i}@example.com" };

    private IIngestDatasourceClient Datasource(Action<InstasentClientOptions>? configure = null) =>
        CreateClient(configure).Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId);

    [Test]
    public async Task Cancelling_a_streamed_upsert_reports_the_records_read_and_none_the_source_had_not_produced()
    {
        var datasource = Datasource(o => o.BulkConcurrency = 1);
        var reachedLast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();

        async IAsyncEnumerable<IngestContact> Export([EnumeratorCancellation] CancellationToken token = default)
        {
            for (var i = 0; i < 150; i++)
            {
                yield return Contact(i);
            }

            // The export is waiting for its next page when the host shuts down.
            reachedLast.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            yield return Contact(999);
        }

        var call = datasource.UpsertContactsAsync(Export(), cancellationToken: cancel.Token);
        await reachedLast.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        var ex = Assert.CatchAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));

        var result = ((InstasentBatchCanceledException<IngestItemResult>)ex!).PartialResult;
        Assert.That(result.Items, Has.Count.EqualTo(150));
        Assert.That(result.Items.Take(100).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted), "the first batch was in flight or done: it finishes");
        Assert.That(result.Items.Skip(100).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent));
        Assert.That(Server.Audience.ContactCount, Is.EqualTo(100));
        Assert.That(Server.Audience.FindByUserId(Project, "u999"), Is.Null);
    }

    [Test]
    public async Task A_batch_that_kept_failing_with_5xx_is_unknown_but_safe_to_resend_because_upserts_are_idempotent()
    {
        var datasource = Datasource();
        Server.EnqueueFault(FakeFault.ServerError(503) with { PathEndsWith = "/stream/contacts", Timing = FaultTiming.AfterHandling, Times = 20 });

        var result = await WithFakeTime(datasource.UpsertContactsAsync(Enumerable.Range(0, 3).Select(Contact)));

        Assert.That(Server.Audience.ContactCount, Is.EqualTo(3), "the server applied the batch each time");
        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(result.Items.Select(i => i.IdempotentOperation), Is.All.True);
        Assert.That(result.Items.Select(i => i.IsSafeToResend), Is.All.True, "sending an upsert again cannot store it twice");
        Assert.That(result.Items.Select(i => i.Exception), Is.All.InstanceOf<InstasentServerException>());
    }

    [Test]
    public async Task Events_with_unknown_fate_carry_the_event_id_to_look_them_up_by()
    {
        var datasource = Datasource(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/stream/events", Timing = FaultTiming.AfterHandling });
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var events = new[] { new IngestEvent("u1", "purchase", at), new IngestEvent("u2", "purchase", at) { EventId = "mine" } };

        var result = await datasource.AppendEventsAsync(events);

        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(result.Items[0].ClientReference, Does.StartWith("sdk_"), "the derived event id");
        Assert.That(result.Items[1].ClientReference, Is.EqualTo("mine"));
        Assert.That(Server.Audience.Events.Select(e => e.EventId), Is.EquivalentTo(result.Items.Select(i => i.ClientReference)));
    }
}
