using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

/// <summary>How many keys the in-memory store holds (what bounds its memory) through every operation, and how much a full store forgets at once.</summary>
public sealed class InMemoryWebhookDeduplicationStoreCountTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    [Test]
    public async Task Count_follows_claims_completions_releases_and_take_overs()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);

        var a = await store.TryClaimAsync("a", Lease);
        await store.TryClaimAsync("b", Lease);
        Assert.That(store.Count, Is.EqualTo(2));

        await store.ReleaseAsync("a", "not-the-holder");
        Assert.That(store.Count, Is.EqualTo(2), "a release by someone else changes nothing");

        await store.ReleaseAsync("a", a.LeaseToken!);
        Assert.That(store.Count, Is.EqualTo(1));

        await store.ReleaseAsync("never-claimed", "token");
        Assert.That(store.Count, Is.EqualTo(1));

        await store.CompleteAsync("b", Retention);
        Assert.That(store.Count, Is.EqualTo(1), "completing a claimed key replaces its lease");

        await store.CompleteAsync("c", Retention);
        Assert.That(store.Count, Is.EqualTo(2), "completing an unclaimed key records it");

        await store.TryClaimAsync("d", Lease);
        time.Advance(Lease);
        var takeover = await store.TryClaimAsync("d", Lease);
        Assert.That(takeover.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
        Assert.That(store.Count, Is.EqualTo(3), "a take-over replaces the expired lease");
        Assert.That(store.Capacity, Is.EqualTo(InMemoryWebhookDeduplicationStore.DefaultCapacity));
    }

    [Test]
    public async Task A_full_store_forgets_a_tenth_of_its_done_markers_oldest_first_then_records_the_new_key()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(capacity: 100, time);
        for (var i = 0; i < 100; i++)
        {
            await store.CompleteAsync("done" + i, Retention);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(store.Count, Is.EqualTo(100), "a store at its capacity has forgotten nothing yet");

        await store.CompleteAsync("new", Retention);

        Assert.That(store.Count, Is.EqualTo(91));

        // Probed newest first: a probe that claims a forgotten key is itself a write and may evict again.
        Assert.That((await store.TryClaimAsync("new", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Completed));
        Assert.That((await store.TryClaimAsync("done10", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Completed));
        for (var i = 9; i >= 0; i--)
        {
            Assert.That((await store.TryClaimAsync("done" + i, Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed), $"done{i} was among the oldest tenth");
        }
    }

    [Test]
    public async Task A_tiny_store_still_forgets_one_key_at_a_time()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(capacity: 5, time);
        for (var i = 0; i < 6; i++)
        {
            await store.CompleteAsync("done" + i, Retention);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(store.Count, Is.EqualTo(5));
        Assert.That((await store.TryClaimAsync("done5", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Completed));
        Assert.That((await store.TryClaimAsync("done0", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
    }

    [Test]
    public async Task Expired_entries_are_swept_before_anything_is_evicted()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(capacity: 10, time);
        for (var i = 0; i < 5; i++)
        {
            await store.CompleteAsync("short" + i, TimeSpan.FromSeconds(1));
        }

        for (var i = 0; i < 5; i++)
        {
            await store.CompleteAsync("long" + i, Retention);
        }

        time.Advance(TimeSpan.FromSeconds(1));
        await store.CompleteAsync("new", Retention);

        Assert.That(store.Count, Is.EqualTo(6), "the five expired markers were swept, so no live one had to go");
        Assert.That((await store.TryClaimAsync("long0", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Completed));
    }
}
