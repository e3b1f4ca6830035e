using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

public sealed class BulkSendTests : FakeServerFixture
{
    private static List<SmsRequest> Messages(int count, Func<int, bool>? invalid = null) =>
        Enumerable.Range(0, count).Select(i => new SmsRequest("Acme", invalid?.Invoke(i) == true ? "x" : $"+3460{i:D7}", $"m{i}")).ToList();

    [Test]
    public async Task Two_hundred_fifty_messages_go_in_three_requests_and_partial_failure_is_reported_by_index()
    {
        var client = CreateClient(o => o.BulkConcurrency = 1);
        // The second request (items 100-199) fails with a 500; bulk sends are not idempotent, so it is not retried, and
        // a 500 may come after the server stored the batch, so its items are unknown, not failed.
        Server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/sms/bulk", Skip = 1 });
        var messages = Messages(250, i => i is 5 or 150 or 249);

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        Assert.That(result.Items, Has.Count.EqualTo(250));
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 250)));
        Assert.That(result.BatchCount, Is.EqualTo(3));
        Assert.That(result.Items[5].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(result.Items[150].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(result.Items[249].Status, Is.EqualTo(BatchItemStatus.Rejected));
        var unknown = result.Items.Where(i => i.Status == BatchItemStatus.Unknown).ToList();
        // Batch 1 is items 0-100 (without the rejected 5); batch 2 is items 101-201 (without 150): 100 items whose fate is unknown together.
        Assert.That(unknown, Has.Count.EqualTo(100));
        Assert.That(unknown.Select(f => f.Index), Is.EqualTo(Enumerable.Range(101, 101).Where(i => i != 150)));
        Assert.That(unknown.Select(f => f.Exception), Is.All.InstanceOf<InstasentServerException>());
        Assert.That(unknown.Select(f => f.BatchNumber).Distinct().Single(), Is.EqualTo(1));
        Assert.That(unknown.Select(f => f.IsSafeToResend), Is.All.False);
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(result.AcceptedCount));
        Assert.That(result.AcceptedCount + result.RejectedCount + result.UnknownCount, Is.EqualTo(250));
        Assert.That(result.FailedCount + result.NotSentCount, Is.Zero);
    }

    [Test]
    public async Task A_429_on_a_batch_is_retried_and_nothing_is_sent_twice()
    {
        var client = CreateClient(o => o.BulkConcurrency = 1);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")) with { PathEndsWith = "/sms/bulk" });

        var result = await WithFakeTime(client.Transactional.SendBulkSmsAsync(Messages(250)));
        var sends = Server.Requests.Count(r => r.Path.EndsWith("/sms/bulk", StringComparison.Ordinal));

        Assert.That(result.AcceptedCount, Is.EqualTo(250));
        Assert.That(sends, Is.EqualTo(4), "three batches plus one retried 429");
        Assert.That(Server.Sms.Messages.Select(m => m.To).Distinct().Count(), Is.EqualTo(250));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(250));
    }

    [Test]
    public async Task Batches_run_with_bounded_concurrency()
    {
        var client = CreateClient(o => o.BulkConcurrency = 3);

        var result = await client.Transactional.SendBulkSmsAsync(Messages(1000));

        Assert.That(result.BatchCount, Is.EqualTo(10));
        Assert.That(result.AllAccepted, Is.True);
        Assert.That(Server.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body)!.AsArray().Count), Is.All.EqualTo(100));
    }

    [Test]
    public async Task An_empty_input_sends_nothing()
    {
        var client = CreateClient();
        var result = await client.Transactional.SendBulkSmsAsync([]);
        Assert.That(result.Items, Is.Empty);
        Assert.That(result.BatchCount, Is.Zero);
        Assert.That(Server.RequestCount, Is.Zero);
    }
}
