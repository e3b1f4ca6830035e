using Instasent.Sdk.Batching;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>Bulk answers that list entities in another order, or errors without positions, still land on the right message.</summary>
public sealed class BulkMatchingTests : FakeServerFixture
{
    private static List<SmsRequest> Messages(int count, bool clientIds = true) =>
        Enumerable.Range(0, count).Select(i => new SmsRequest("Acme", $"+3460000{i:D4}", $"text {i}") { ClientId = clientIds ? $"order-{i}" : null }).ToList();

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

    [Test]
    public async Task Look_alike_messages_without_client_ids_are_accepted_but_marked_ambiguous()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        var client = CreateClient();
        var messages = Enumerable.Range(0, 4).Select(_ => new SmsRequest("Acme", "+34600000001", "Your code is 1234")).ToList();

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        Assert.That(result.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        Assert.That(result.Items.Select(i => i.IsAmbiguous), Is.All.True, "four identical messages: which id is whose cannot be known");
        Assert.That(result.AmbiguousCount, Is.EqualTo(4));
        Assert.That(result.Items.Select(i => i.Result!.Id).Distinct().Count(), Is.EqualTo(4), "both outcomes of a duplicate are kept");
    }

    [Test]
    public async Task AssignClientIds_makes_look_alike_messages_exact_with_random_ids()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        var client = CreateClient(o => o.Transactional.AssignClientIds = true);
        var messages = Enumerable.Range(0, 4).Select(_ => new SmsRequest("Acme", "+34600000001", "Your code is 1234")).ToList();
        messages.Add(new SmsRequest("Acme", "+34600000001", "Your code is 1234") { ClientId = "mine" });

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var stored = Server.Sms.Messages.ToDictionary(m => m.ClientId!, StringComparer.Ordinal);
        var references = result.Items.Select(i => i.ClientReference!).ToList();
        Assert.That(references[4], Is.EqualTo("mine"), "a caller's clientId is kept");
        Assert.That(references.Distinct().Count(), Is.EqualTo(5), "assigned ids never collide");
        Assert.That(references.Take(4), Is.All.Match("^sdk_[0-9a-f]{32}$"), "random: nothing of the recipient or the text");
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.That(result.Items[i].Status, Is.EqualTo(BatchItemStatus.Accepted));
            Assert.That(result.Items[i].IsAmbiguous, Is.False);
            Assert.That(result.Items[i].Result!.Id, Is.EqualTo(stored[references[i]].Id), $"message {i} carries its own SMS id");
        }

        Assert.That(messages.Take(4).Select(m => m.ClientId), Is.All.Null, "the caller's messages are not changed");
    }

    [Test]
    public async Task Duplicate_client_ids_are_told_apart_by_recipient_when_they_differ()
    {
        Server.Options.Variance.ReorderBulkEntities = true;
        var client = CreateClient();
        var messages = new List<SmsRequest>
        {
            new("Acme", "+34600000001", "Hello") { ClientId = "dup" },
            new("Acme", "+34600000002", "Hello") { ClientId = "dup" },
            new("Acme", "+34600000003", "Hello") { ClientId = "other" },
        };

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var stored = Server.Sms.Messages.ToDictionary(m => m.To, StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            Assert.That(result.Items[i].Result!.Id, Is.EqualTo(stored[messages[i].To].Id));
            Assert.That(result.Items[i].IsAmbiguous, Is.False);
        }
    }
}
