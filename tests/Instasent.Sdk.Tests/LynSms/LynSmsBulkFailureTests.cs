using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

/// <summary>LynSMS bulk keeps every known outcome through cancellation and failures.</summary>
public sealed class LynSmsBulkFailureTests : FakeServerFixture
{
    private static LynSmsBulkSmsRequest Request(int count) => new("Acme", Enumerable.Range(0, count).Select(i => $"+1202{i:D7}").ToList(), "Sale today");

    [Test]
    public async Task Cancelling_a_bulk_keeps_the_batch_in_flight_and_reports_the_rest_not_sent()
    {
        Server.LynSms.Balance = 1000m;
        var gate = new ResponseGate("/messages/bulk", 2);
        await using var provider = gate.CreateProvider(Server, Time, o => o.BulkConcurrency = 1);
        var client = provider.GetRequiredService<IInstasentClient>().LynSms;
        using var cancel = new CancellationTokenSource();

        var call = client.SendBulkSmsAsync(Request(2500), cancellationToken: cancel.Token);
        await gate.HeldAsync(2);
        await cancel.CancelAsync();
        gate.Release(2);
        var ex = Assert.CatchAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));

        var result = ((InstasentBatchCanceledException<LynSmsMessage>)ex!).PartialResult;
        Assert.That(result.Items, Has.Count.EqualTo(2500));
        Assert.That(result.AcceptedCount, Is.EqualTo(2000));
        Assert.That(result.Items.Skip(2000).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent));
        Assert.That(Server.LynSms.Messages, Has.Count.EqualTo(2000));
    }

    [Test]
    public async Task A_500_after_the_server_sent_the_bulk_leaves_it_unknown_not_safe_to_resend()
    {
        Server.LynSms.Balance = 1000m;
        var client = CreateClient().LynSms;
        Server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/messages/bulk", Timing = FaultTiming.AfterHandling });

        var result = await client.SendBulkSmsAsync(Request(3));

        Assert.That(Server.LynSms.Messages, Has.Count.EqualTo(3));
        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(result.Items.Select(i => i.IsSafeToResend), Is.All.False);
        Assert.That(result.Items.Select(i => i.Exception), Is.All.InstanceOf<InstasentServerException>());
    }
}
