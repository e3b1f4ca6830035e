using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Testing;

/// <summary>The fake reports which of its variance behaviours actually happened, so a run can show the leeway was exercised.</summary>
public sealed class FakeVarianceEventsTests
{
    [Test]
    public async Task Each_behaviour_is_counted_when_it_happens_and_only_then()
    {
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions
        {
            Variance = new FakeServerVariance { MaxPageSize = 10, ReorderBulkEntities = true, UnpositionedBulkErrors = true },
        });
        await using var provider = TestClients.Create(server);
        var client = provider.GetRequiredService<IInstasentClient>();
        Assert.That(server.VarianceEvents, Is.Empty, "nothing happened yet");

        // 30 messages, one to a recipient the server refuses: a reordered answer with one error without its position.
        server.Sms.BlockedRecipients.Add("+34600000004");
        await client.Transactional.SendBulkSmsAsync([.. Enumerable.Range(0, 30).Select(i => new SmsRequest("Acme", $"+346{i:D8}", "m" + i))]);
        var afterBulk = server.VarianceEvents;
        await foreach (var _ in client.Transactional.ListSmsAsync())
        {
        }

        Assert.That(afterBulk["bulk answer reordered"], Is.EqualTo(1));
        Assert.That(afterBulk["bulk error without position"], Is.EqualTo(1));
        Assert.That(afterBulk.ContainsKey("page size capped"), Is.False);
        Assert.That(server.VarianceEvents["page size capped"], Is.GreaterThanOrEqualTo(3), "the SDK asked for its maximum and got 10 per page");
        Assert.That(server.VarianceEvents.ContainsKey("keyed send held in flight"), Is.False, "a switch that is off never counts");
    }
}
