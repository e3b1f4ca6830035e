using Instasent.Sdk.Batching;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>Bulk answers that list entities in another order, or errors without positions, still land on the right message.</summary>
public sealed class BulkMatchingTests : FakeServerFixture
{
    private static List<SmsMessage> Messages(int count, bool clientIds = true) =>
        Enumerable.Range(0, count).Select(i => new SmsMessage("Acme", $"+3460000{i:D4}", $"text {i}") { ClientId = clientIds ? $"order-{i}" : null }).ToList();

    [Test]
    public async Task Reordered_entities_are_matched_to_their_message_by_client_id()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        var client = CreateClient();
        var messages = Messages(5);

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var stored = Server.Sms.Messages.ToDictionary(m => m.ClientId!, StringComparer.Ordinal);
        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.That(result.Items[i].Result!.Id, Is.EqualTo(stored[messages[i].ClientId!].Id), $"message {i} carries the SMS id of its own message");
        }
    }

    [Test]
    public async Task Reordered_entities_without_client_ids_are_matched_by_recipient_and_text()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        var client = CreateClient();
        var messages = Messages(5, clientIds: false);

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var stored = Server.Sms.Messages.ToDictionary(m => m.To, StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.That(result.Items[i].Status, Is.EqualTo(BatchItemStatus.Accepted));
            Assert.That(result.Items[i].Result!.Id, Is.EqualTo(stored[messages[i].To].Id), $"message {i} carries the SMS id of its own message");
        }
    }

    [Test]
    public async Task An_unpositioned_error_never_makes_an_accepted_message_look_rejected()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        Server.Options.Variance.UnpositionedBulkErrors = true;
        var client = CreateClient();
        var messages = Messages(5);
        Server.Sms.BlockedRecipients.Add(messages[3].To);

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var stored = Server.Sms.Messages.ToDictionary(m => m.ClientId!, StringComparer.Ordinal);
        Assert.That(stored, Has.Count.EqualTo(4));
        for (var i = 0; i < messages.Count; i++)
        {
            var outcome = result.Items[i];
            var isStored = stored.TryGetValue(messages[i].ClientId!, out var sms);
            if (outcome.Status == BatchItemStatus.Rejected)
            {
                Assert.That(isStored, Is.False, $"message {i} is reported rejected but the server stored it: re-sending it would send it twice");
            }

            if (outcome.Status == BatchItemStatus.Accepted)
            {
                Assert.That(outcome.Result!.Id, Is.EqualTo(sms?.Id), $"message {i} carries the SMS id of its own message");
            }
        }

        Assert.That(result.Items.Count(i => i.Status == BatchItemStatus.Accepted), Is.EqualTo(4));
        Assert.That(result.Items[3].Status, Is.EqualTo(BatchItemStatus.Rejected), "every other message was matched by its clientId, so the one error can only be this message's");
        Assert.That(result.Items[3].Errors.Single().Field, Is.EqualTo("to"));
    }

    [Test]
    public async Task Variance_with_many_batches_still_accounts_for_every_message_exactly()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        Server.Options.Variance.UnpositionedBulkErrors = true;
        var client = CreateClient(o => o.BulkConcurrency = 2);
        var messages = Messages(250);
        foreach (var blocked in new[] { 7, 120, 121, 249 })
        {
            Server.Sms.BlockedRecipients.Add(messages[blocked].To);
        }

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var stored = Server.Sms.Messages.ToDictionary(m => m.ClientId!, StringComparer.Ordinal);
        Assert.That(result.Items, Has.Count.EqualTo(250));
        for (var i = 0; i < messages.Count; i++)
        {
            var outcome = result.Items[i];
            var isStored = stored.TryGetValue(messages[i].ClientId!, out var sms);
            Assert.That(outcome.Status == BatchItemStatus.Rejected && isStored, Is.False, $"message {i} is reported rejected but was stored");
            Assert.That(outcome.Status == BatchItemStatus.Accepted && (!isStored || sms!.Id != outcome.Result!.Id), Is.False, $"message {i} is reported accepted with another message's id");
        }

        Assert.That(result.Items.Count(i => i.Status == BatchItemStatus.Accepted), Is.EqualTo(246));
    }
}
