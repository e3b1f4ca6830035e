using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>The runner on its own: what one batch does never costs another batch its outcomes.</summary>
public sealed class BatchRunnerTests
{
    private static readonly InstasentOperation Bulk = TransactionalFamily.Descriptor.Operation("SendBulkSms", RetrySafety.NotIdempotent);

    private static BatchPlan<int> Plan(int batchSize = 10) =>
        new(batchSize, 1, TimeSpan.FromSeconds(5), new FakeTimeProvider(), i => i < 0 ? [new InstasentFieldError("value", "negative")] : []);

    private static Task<IReadOnlyList<BatchItemOutcome<int>>> AcceptAll(IReadOnlyList<int> batch) =>
        Task.FromResult<IReadOnlyList<BatchItemOutcome<int>>>(batch.Select(i => new BatchItemOutcome<int> { Index = 0, Status = BatchItemStatus.Accepted, Result = i }).ToArray());

    [Test]
    public async Task An_exception_that_is_not_the_sdks_becomes_its_batchs_typed_outcome()
    {
        var result = await BatchRunner.RunAsync<int, int>(
            Bulk,
            BatchRunner.ToAsync(Enumerable.Range(0, 30)),
            Plan(),
            (batch, number, _) => number == 1 ? throw new InvalidCastException("mapper bug") : AcceptAll(batch), BatchOutcomeRetention.All,
            CancellationToken.None);

        Assert.That(result.Items, Has.Count.EqualTo(30));
        Assert.That(result.Items.Where(i => i.BatchNumber != 1).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        var second = result.Items.Where(i => i.BatchNumber == 1).ToList();
        Assert.That(second, Has.Count.EqualTo(10));
        Assert.That(second.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown), "where it failed is unknown, so the server may have the batch");
        Assert.That(second[0].Exception, Is.InstanceOf<InstasentTransportException>());
        Assert.That(second[0].Exception!.InnerException, Is.InstanceOf<InvalidCastException>());
        Assert.That(second[0].Exception!.Operation, Is.EqualTo("Transactional.SendBulkSms"));
        var unexpected = (InstasentTransportException)second[0].Exception!;
        Assert.That(unexpected.MayHaveReachedServer, Is.True);
        Assert.That(unexpected.NotRetriedBecauseUnsafe, Is.False, "nothing decided not to retry it: the SDK itself failed");
        Assert.That(unexpected.Info.Hint, Is.EqualTo("The SDK failed while handling this batch (InvalidCastException)"));
    }

    [Test]
    public async Task A_batch_answered_with_too_few_outcomes_leaves_the_rest_unknown()
    {
        var result = await BatchRunner.RunAsync<int, int>(
            Bulk,
            BatchRunner.ToAsync(Enumerable.Range(0, 5)),
            Plan(),
            (batch, _, _) => AcceptAll(batch.Take(3).ToArray()), BatchOutcomeRetention.All,
            CancellationToken.None);

        Assert.That(result.Items.Select(i => i.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Accepted, BatchItemStatus.Accepted, BatchItemStatus.Unknown, BatchItemStatus.Unknown }));
        Assert.That(result.Items[4].Errors.Single().Message, Does.StartWith("The server's answer was read without accounting for this item"), "the caller is told why, and to look it up");
    }

    [Test]
    public void Items_an_async_source_never_produced_are_not_inputs()
    {
        using var cancel = new CancellationTokenSource();

        async IAsyncEnumerable<int> Source([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            for (var i = 0; i < 15; i++)
            {
                yield return i;
            }

            cancel.Cancel();
            await Task.Delay(Timeout.Infinite, token);
            yield return 99;
        }

        var ex = Assert.CatchAsync<OperationCanceledException>(() => BatchRunner.RunAsync<int, int>(Bulk, Source(), Plan(), (batch, _, _) => AcceptAll(batch), BatchOutcomeRetention.All, cancel.Token));

        var result = ((InstasentBatchCanceledException<int>)ex!).PartialResult;
        Assert.That(result.Items, Has.Count.EqualTo(15), "the item the source was still producing is not an input");
        Assert.That(result.Items.Take(10).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        Assert.That(result.Items.Skip(10).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent), "read but never sent");
    }

    [Test]
    public void Failures_are_classified_by_whether_any_attempt_may_have_reached_the_server()
    {
        static InstasentException Api(params int?[] statuses) => InstasentExceptionFactory.Create(new InstasentErrorInfo
        {
            StatusCode = statuses[^1],
            Attempts = statuses.Select((s, i) => new InstasentAttempt(i + 1, s, s?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "connection error (ConnectionError)", TimeSpan.Zero)).ToArray(),
        });

        Assert.That(BatchRunner.MayHaveReachedServer(Api(400)), Is.False, "refused as a whole");
        Assert.That(BatchRunner.MayHaveReachedServer(Api(429, 429)), Is.False, "rate limited every time");
        Assert.That(BatchRunner.MayHaveReachedServer(Api(500)), Is.True, "a 5xx may come after the work");
        Assert.That(BatchRunner.MayHaveReachedServer(Api(503, 400)), Is.True, "an earlier attempt may have stored it");
        Assert.That(BatchRunner.MayHaveReachedServer(Api(null, 402)), Is.False, "a connect failure never left this machine");
        Assert.That(BatchRunner.MayHaveReachedServer(new InstasentResponseFormatException("unreadable", new InstasentErrorInfo())), Is.True, "an answer arrived");
        Assert.That(BatchRunner.MayHaveReachedServer(new InstasentConfigurationException("no token", new InstasentErrorInfo())), Is.False, "nothing was sent");
    }
}
