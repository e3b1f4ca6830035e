using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

public sealed class InMemoryWebhookDeduplicationStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    [Test]
    public async Task A_claim_is_in_progress_for_others_until_completed_then_done_until_the_retention_ends()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);

        var first = await store.TryClaimAsync("k", Lease);
        time.Advance(TimeSpan.FromSeconds(10));
        var duplicate = await store.TryClaimAsync("k", Lease);
        await store.CompleteAsync("k", Retention);
        var afterDone = await store.TryClaimAsync("k", Lease);
        time.Advance(Retention);
        var afterRetention = await store.TryClaimAsync("k", Lease);

        Assert.That(first.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
        Assert.That(first.LeaseToken, Is.Not.Null.And.Not.Empty);
        Assert.That((duplicate.Status, duplicate.RetryAfter, duplicate.LeaseToken), Is.EqualTo((WebhookDeduplicationStatus.InProgress, (TimeSpan?)TimeSpan.FromSeconds(20), (string?)null)));
        Assert.That(afterDone, Is.EqualTo(WebhookDeduplicationClaim.Completed));
        Assert.That(afterRetention.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed), "forgotten after the retention");
    }

    [Test]
    public async Task A_released_claim_can_be_claimed_again_but_only_its_holder_can_release_it()
    {
        var store = new InMemoryWebhookDeduplicationStore(new FakeTimeProvider());
        var first = await store.TryClaimAsync("k", Lease);

        await store.ReleaseAsync("k", "someone-else");
        var stillHeld = await store.TryClaimAsync("k", Lease);
        await store.ReleaseAsync("k", first.LeaseToken!);
        var second = await store.TryClaimAsync("k", Lease);

        Assert.That(stillHeld.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress));
        Assert.That(second.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
        Assert.That(second.LeaseToken, Is.Not.EqualTo(first.LeaseToken));
    }

    [Test]
    public async Task An_expired_processing_lease_is_taken_over_and_the_late_holder_cannot_release_the_new_one()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);
        var crashed = await store.TryClaimAsync("k", Lease);

        time.Advance(Lease - TimeSpan.FromMilliseconds(1));
        var beforeExpiry = await store.TryClaimAsync("k", Lease);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var takeover = await store.TryClaimAsync("k", Lease);
        await store.ReleaseAsync("k", crashed.LeaseToken!);
        var afterLateRelease = await store.TryClaimAsync("k", Lease);

        Assert.That(beforeExpiry.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress));
        Assert.That(takeover.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
        Assert.That(afterLateRelease.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress), "the first holder's late release must not free the take-over's lease");
    }

    [Test]
    public async Task Completion_settles_the_delivery_even_after_the_lease_was_taken_over_and_a_release_cannot_undo_it()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);
        await store.TryClaimAsync("k", Lease);
        time.Advance(Lease);
        var takeover = await store.TryClaimAsync("k", Lease);

        await store.CompleteAsync("k", Retention);
        await store.ReleaseAsync("k", takeover.LeaseToken!);

        Assert.That((await store.TryClaimAsync("k", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Completed));
    }

    [Test]
    public async Task Concurrent_claims_let_exactly_one_through()
    {
        var store = new InMemoryWebhookDeduplicationStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await store.TryClaimAsync("same", Lease))));

        Assert.That(results.Count(r => r.Status == WebhookDeduplicationStatus.Claimed), Is.EqualTo(1));
        Assert.That(results.Count(r => r.Status == WebhookDeduplicationStatus.InProgress), Is.EqualTo(63));
    }

    [Test]
    public async Task Expired_entries_are_swept()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);
        for (var i = 0; i < 255; i++)
        {
            await store.TryClaimAsync("k" + i, TimeSpan.FromSeconds(1));
        }

        time.Advance(TimeSpan.FromSeconds(2));
        await store.TryClaimAsync("last", TimeSpan.FromSeconds(1));

        Assert.That(store.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task Memory_is_bounded_by_forgetting_the_done_markers_closest_to_expiry_never_a_processing_lease()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(capacity: 100, time);
        var inFlight = await store.TryClaimAsync("in-flight", TimeSpan.FromHours(1));
        for (var i = 0; i < 1_000; i++)
        {
            await store.TryClaimAsync("done" + i, Lease);
            await store.CompleteAsync("done" + i, Retention);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(store.Count, Is.LessThanOrEqualTo(100));
        Assert.That((await store.TryClaimAsync("in-flight", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress));
        Assert.That((await store.TryClaimAsync("done999", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Completed), "the newest done markers are kept");
        Assert.That((await store.TryClaimAsync("done0", Lease)).Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed), "the oldest were forgotten");
        Assert.That(inFlight.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
    }

    [Test]
    public void Arguments_are_checked()
    {
        var store = new InMemoryWebhookDeduplicationStore();

        Assert.ThrowsAsync<ArgumentException>(async () => await store.TryClaimAsync("", Lease));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.TryClaimAsync("k", TimeSpan.Zero));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.CompleteAsync("k", TimeSpan.FromSeconds(-1)));
        Assert.ThrowsAsync<ArgumentException>(async () => await store.ReleaseAsync("k", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new InMemoryWebhookDeduplicationStore(capacity: 0));
    }
}
