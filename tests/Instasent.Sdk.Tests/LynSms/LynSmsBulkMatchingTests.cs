using Instasent.Sdk.Batching;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

/// <summary>LynSMS bulk answers in another order, with errors that carry no index, still land on the right recipient.</summary>
public sealed class LynSmsBulkMatchingTests
{
    [Test]
    public async Task Reordered_messages_and_unpositioned_errors_are_matched_by_recipient()
    {
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions
        {
            Variance = new FakeServerVariance { ReorderBulkEntities = true, UnpositionedBulkErrors = true },
        });
        server.LynSms.Balance = 0.15m; // three messages at 0.05: the last two recipients are refused
        await using var provider = TestClients.Create(server);
        var client = provider.GetRequiredService<IInstasentClient>().LynSms;
        var recipients = Enumerable.Range(0, 5).Select(i => $"+1202555{i:D4}").ToList();

        var result = await client.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Acme", recipients, "Hi"));

        var stored = server.LynSms.Messages.ToDictionary(m => m.To, StringComparer.Ordinal);
        Assert.That(stored, Has.Count.EqualTo(3));
        for (var i = 0; i < recipients.Count; i++)
        {
            var outcome = result.Items[i];
            if (stored.TryGetValue(recipients[i], out var message))
            {
                Assert.That(outcome.Status, Is.EqualTo(BatchItemStatus.Accepted), $"recipient {i} was sent to");
                Assert.That(outcome.Result!.Id, Is.EqualTo(message.Id), $"recipient {i} carries its own message id");
            }
            else
            {
                Assert.That(outcome.Status, Is.EqualTo(BatchItemStatus.Rejected), $"recipient {i} was refused");
                Assert.That(outcome.Errors.Single().Message, Does.StartWith("insufficient_balance"));
            }
        }
    }
}
