using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Testing;

public sealed class FakeServerRetentionTests
{
    [Test]
    public async Task By_default_the_fake_keeps_every_record()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        for (var i = 0; i < 12; i++)
        {
            await client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600000000", "hi " + i));
        }

        Assert.That(server.Options.Retention.MaxRecordsPerStore, Is.Zero);
        Assert.That(server.Sms.Messages, Has.Count.EqualTo(12));
    }

    [Test]
    public async Task A_capped_store_forgets_its_oldest_records_first()
    {
        var options = new InstasentFakeServerOptions();
        options.Retention.MaxRecordsPerStore = 3;
        await using var server = await InstasentFakeServer.StartAsync(options);
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600000000", "hi " + i))).Value.Id);
        }

        Assert.That(server.Sms.Messages.Select(m => m.Id), Is.EqualTo(ids[2..]));
        Assert.ThrowsAsync<InstasentNotFoundException>(() => client.Transactional.GetSmsAsync(ids[0]));
        Assert.That((await client.Transactional.GetSmsAsync(ids[4])).Value.Id, Is.EqualTo(ids[4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Retention.MaxRecordsPerStore = -1);
    }

    [Test]
    public async Task A_scroll_over_a_capped_audience_returns_the_contacts_still_held_in_order()
    {
        var options = new InstasentFakeServerOptions();
        options.Retention.MaxRecordsPerStore = 8;
        await using var server = await InstasentFakeServer.StartAsync(options);
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        for (var i = 0; i < 30; i++)
        {
            server.Audience.AddContact(FakeAudienceState.DefaultProjectId, $"u{i:D2}");
        }

        var held = server.Audience.Contacts.Select(c => c.UserId).ToList();
        var scrolled = await client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 3).SelectMany(p => p.Items.ToAsyncEnumerable()).Select(c => c.UserId).ToListAsync();

        Assert.That(held, Has.Count.InRange(8, 9), "trimmed in steps of an eighth over the limit");
        Assert.That(held[^1], Is.EqualTo("u29"));
        Assert.That(scrolled, Is.EqualTo(held));
        Assert.That(server.Audience.FindByUserId(FakeAudienceState.DefaultProjectId, "u00"), Is.Null, "a forgotten contact is gone from lookups too");
    }

    [Test]
    public async Task A_forgotten_hellio_key_is_no_longer_replayed()
    {
        var options = new InstasentFakeServerOptions();
        options.Retention.MaxRecordsPerStore = 1;
        await using var server = await InstasentFakeServer.StartAsync(options);
        await using var sp = TestClients.Create(server);
        var hellio = sp.GetRequiredService<IInstasentClient>().Hellio;
        var sms = new HellioSmsRequest("Acme", ["+233241234567"], "Your order is on its way");

        var first = await hellio.SendSmsAsync(sms, new InstasentRequestOptions { IdempotencyKey = "key-1" });
        var replayed = await hellio.SendSmsAsync(sms, new InstasentRequestOptions { IdempotencyKey = "key-1" });
        await hellio.SendSmsAsync(sms, new InstasentRequestOptions { IdempotencyKey = "key-2" });
        var again = await hellio.SendSmsAsync(sms, new InstasentRequestOptions { IdempotencyKey = "key-1" });

        Assert.That(replayed.IdempotentReplayed, Is.True);
        Assert.That(replayed.Value.Reference, Is.EqualTo(first.Value.Reference));
        Assert.That(again.IdempotentReplayed, Is.False, "key-1 was forgotten when key-2 was kept");
        Assert.That(server.Hellio.Campaigns.Single().Reference, Is.EqualTo(again.Value.Reference));
    }
}
