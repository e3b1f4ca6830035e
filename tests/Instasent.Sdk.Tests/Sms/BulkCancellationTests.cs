using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>
/// A cancelled bulk keeps every outcome, and a failing batch never costs another batch its outcomes. Timing is driven by
/// a <see cref="ResponseGate"/> (responses held after the server stored the batch) and the fake clock (the grace
/// period), never by real delays.
/// </summary>
public sealed class BulkCancellationTests : FakeServerFixture
{
    private static List<SmsRequest> Messages(int count) =>
        Enumerable.Range(0, count).Select(i => new SmsRequest("Acme", $"+346{i:D8}", $"m{i}") { ClientId = $"c{i}" }).ToList();

    private readonly List<ServiceProvider> gatedProviders = [];

    [TearDown]
    public async Task DisposeGatedProvidersAsync()
    {
        foreach (var provider in gatedProviders)
        {
            await provider.DisposeAsync();
        }

        gatedProviders.Clear();
    }

    private IInstasentClient ClientWithGate(ResponseGate gate, Action<InstasentClientOptions> configure)
    {
        var provider = gate.CreateProvider(Server, Time, configure);
        gatedProviders.Add(provider);
        return provider.GetRequiredService<IInstasentClient>();
    }

    [Test]
    public async Task Cancelling_1000_messages_mid_way_keeps_one_outcome_per_message_and_finishes_the_batches_in_flight()
    {
        // Two batches at once; the answers to batches 4 and 5 are held (the server has stored them) when the caller cancels.
        var gate = new ResponseGate("/sms/bulk", 4, 5);
        var client = ClientWithGate(gate, o => o.BulkConcurrency = 2);
        var messages = Messages(1000);
        using var cancel = new CancellationTokenSource();

        var call = client.Transactional.SendBulkSmsAsync(messages, cancellationToken: cancel.Token);
        await Task.WhenAll(gate.HeldAsync(4), gate.HeldAsync(5));
        await cancel.CancelAsync();
        gate.Release(4);
        gate.Release(5);
        var ex = Assert.CatchAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.That(ex, Is.TypeOf<InstasentBatchCanceledException<Sdk.Sms.SmsMessage>>());
        Assert.That(ex!.CancellationToken, Is.EqualTo(cancel.Token));
        var result = ((InstasentBatchCanceledException<Sdk.Sms.SmsMessage>)ex).PartialResult;
        Assert.That(result.Items, Has.Count.EqualTo(1000));
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 1000)));
        var stored = Server.Sms.Messages.ToDictionary(m => m.ClientId!, StringComparer.Ordinal);
        Assert.That(stored, Has.Count.EqualTo(500), "five batches reached the server");
        Assert.That(Server.Requests.Count(r => r.Path.EndsWith("/sms/bulk", StringComparison.Ordinal)), Is.EqualTo(5), "nothing was sent after the cancellation");
        for (var i = 0; i < messages.Count; i++)
        {
            var outcome = result.Items[i];
            if (stored.TryGetValue(messages[i].ClientId!, out var sms))
            {
                Assert.That(outcome.Status, Is.EqualTo(BatchItemStatus.Accepted), $"message {i} was stored, so it is accepted (batches in flight finished within the grace)");
                Assert.That(outcome.Result!.Id, Is.EqualTo(sms.Id));
            }
            else
            {
                Assert.That(outcome.Status, Is.EqualTo(BatchItemStatus.NotSent), $"message {i} never left");
                Assert.That(outcome.IsSafeToResend, Is.True);
            }
        }

        Assert.That(result.Items.Where(i => i.Status is BatchItemStatus.Accepted or BatchItemStatus.Unknown).Select(i => i.IsSafeToResend), Is.All.False);
        Assert.That(result.AcceptedCount + result.NotSentCount, Is.EqualTo(1000));
    }

    [Test]
    public async Task A_batch_still_in_flight_when_the_grace_runs_out_is_unknown_and_never_safe_to_resend()
    {
        var gate = new ResponseGate("/sms/bulk", 2);
        var client = ClientWithGate(gate, o =>
        {
            o.BulkConcurrency = 1;
            o.BulkCancellationGrace = TimeSpan.FromSeconds(3);
        });
        using var cancel = new CancellationTokenSource();

        var call = client.Transactional.SendBulkSmsAsync(Messages(300), cancellationToken: cancel.Token);
        await gate.HeldAsync(2);
        await cancel.CancelAsync();
        Time.Advance(TimeSpan.FromSeconds(2));
        Assert.That(call.IsCompleted, Is.False, "the batch in flight still has a second of grace");
        Time.Advance(TimeSpan.FromSeconds(1));
        var ex = Assert.CatchAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));

        var result = ((InstasentBatchCanceledException<Sdk.Sms.SmsMessage>)ex!).PartialResult;
        Assert.That(result.Items.Take(100).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        var cut = result.Items.Skip(100).Take(100).ToList();
        Assert.That(cut.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown), "the server stored batch 2 but its answer never arrived");
        Assert.That(cut.Select(i => i.IsSafeToResend), Is.All.False);
        Assert.That(cut.Select(i => i.Exception), Is.All.InstanceOf<InstasentTransportException>());
        Assert.That(cut[0].Exception!.Message, Does.Contain("BulkCancellationGrace"));
        Assert.That(cut.Select(i => i.ClientReference), Is.EqualTo(Enumerable.Range(100, 100).Select(i => $"c{i}")), "the clientId to look each one up by");
        Assert.That(result.Items.Skip(200).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(200));
    }

    [Test]
    public void A_token_cancelled_before_the_call_sends_nothing_and_reports_every_message_not_sent()
    {
        var client = CreateClient();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var ex = Assert.CatchAsync<OperationCanceledException>(() => client.Transactional.SendBulkSmsAsync(Messages(150), cancellationToken: cancel.Token));

        var result = ((InstasentBatchCanceledException<Sdk.Sms.SmsMessage>)ex!).PartialResult;
        Assert.That(result.NotSentCount, Is.EqualTo(150));
        Assert.That(result.BatchCount, Is.Zero);
        Assert.That(Server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task An_answer_the_mapper_cannot_read_costs_only_its_own_batch()
    {
        var client = CreateClient(o => o.BulkConcurrency = 1);
        // Batch 2 of 3 gets a 201 whose entity list holds a null: the server took something, nobody can say what.
        Server.EnqueueFault(FakeFault.Json(201, """{"entities":[null, 7],"errors":[]}""") with { PathEndsWith = "/sms/bulk", Skip = 1 });

        var result = await client.Transactional.SendBulkSmsAsync(Messages(250));

        Assert.That(result.Items, Has.Count.EqualTo(250));
        Assert.That(result.Items.Take(100).Concat(result.Items.Skip(200)).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted), "batches 1 and 3 keep their outcomes");
        var second = result.Items.Skip(100).Take(100).ToList();
        Assert.That(second.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(second.Select(i => i.Exception), Is.All.InstanceOf<InstasentResponseFormatException>());
        Assert.That(second.Select(i => i.IsSafeToResend), Is.All.False);
    }

    [Test]
    public async Task A_500_after_the_server_stored_a_bulk_leaves_its_messages_unknown_not_safe_to_resend()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/sms/bulk", Timing = FaultTiming.AfterHandling });

        var result = await client.Transactional.SendBulkSmsAsync(Messages(3));

        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(3), "the server stored them");
        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(result.Items.Select(i => i.IsSafeToResend), Is.All.False);
        Assert.That(result.Items.Select(i => i.Exception), Is.All.InstanceOf<InstasentServerException>());
        Assert.That(Server.Requests, Has.Count.EqualTo(1), "a bulk send is not idempotent: never retried after a 500");
    }

    [Test]
    public async Task A_whole_batch_refused_with_a_4xx_failed_before_the_server_took_it_and_is_safe_to_resend()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(402, """{"message":"Not enough balance"}""") with { PathEndsWith = "/sms/bulk" });

        var result = await client.Transactional.SendBulkSmsAsync(Messages(3));

        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Failed));
        Assert.That(result.Items.Select(i => i.IsSafeToResend), Is.All.True);
        Assert.That(result.Items.Select(i => i.Exception), Is.All.InstanceOf<InstasentInsufficientFundsException>());
        Assert.That(Server.Sms.Messages, Is.Empty);
    }

    [Test]
    public async Task A_server_that_cannot_be_reached_fails_the_batches_safe_to_resend()
    {
        // A loopback port nobody listens on: the connection is refused at once.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = CreateClient(o =>
        {
            o.Retry.MaxRetries = 0;
            o.Transactional.BaseAddress = new Uri($"http://127.0.0.1:{port}/transactional/v1");
        });

        var result = await client.Transactional.SendBulkSmsAsync(Messages(3));

        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Failed));
        Assert.That(result.Items.Select(i => ((InstasentTransportException)i.Exception!).Kind), Is.All.EqualTo(TransportFailureKind.ConnectFailure));
        Assert.That(result.Items.Select(i => i.IsSafeToResend), Is.All.True);
    }
}
