using Instasent.Sdk.StackExchangeRedis.Tests.Support;
using Instasent.Sdk.Webhooks;
using NUnit.Framework;
using StackExchange.Redis;

namespace Instasent.Sdk.StackExchangeRedis.Tests;

/// <summary>The lease semantics of <see cref="InMemoryWebhookDeduplicationStore"/>, on a real Redis-protocol server.</summary>
public sealed class RedisWebhookDeduplicationStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);
    private GarnetHost garnet = null!;
    private ConnectionMultiplexer connection = null!;
    private RedisWebhookDeduplicationStore store = null!;
    private string key = null!;

    [OneTimeSetUp]
    public void StartGarnet()
    {
        garnet = GarnetHost.Start();
        connection = garnet.Connect();
    }

    [OneTimeTearDown]
    public void StopGarnet() => garnet.Dispose();

    [SetUp]
    public void NewKey()
    {
        store = new RedisWebhookDeduplicationStore(connection, new RedisWebhookDeduplicationOptions { KeyPrefix = "test:" });
        key = "pm_" + Guid.NewGuid().ToString("N");
    }

    [Test]
    public async Task A_claimed_delivery_is_in_progress_with_retry_after_then_done_after_completion()
    {
        var first = await store.TryClaimAsync(key, Lease);
        var copy = await store.TryClaimAsync(key, Lease);
        await store.CompleteAsync(key, Retention);
        var later = await store.TryClaimAsync(key, Lease);

        Assert.That(first.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed));
        Assert.That(first.LeaseToken, Is.Not.Empty);
        Assert.That(copy.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress));
        Assert.That(copy.RetryAfter, Is.InRange(TimeSpan.FromSeconds(25), Lease), "what is left of the lease (PTTL)");
        Assert.That(later, Is.EqualTo(WebhookDeduplicationClaim.Completed));
        Assert.That(await connection.GetDatabase().KeyTimeToLiveAsync("test:" + key), Is.InRange(Retention - TimeSpan.FromMinutes(1), Retention), "the done marker expires");
    }

    [Test]
    public async Task Only_the_holder_can_release_and_a_release_never_removes_a_done_marker()
    {
        var claim = await store.TryClaimAsync(key, Lease);

        await store.ReleaseAsync(key, "someone-else");
        var afterForeignRelease = await store.TryClaimAsync(key, Lease);
        await store.ReleaseAsync(key, claim.LeaseToken!);
        var afterRelease = await store.TryClaimAsync(key, Lease);
        await store.CompleteAsync(key, Retention);
        await store.ReleaseAsync(key, afterRelease.LeaseToken!);
        var afterLateRelease = await store.TryClaimAsync(key, Lease);

        Assert.That(afterForeignRelease.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress));
        Assert.That(afterRelease.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed), "a failed handler lets the vendor's retry through");
        Assert.That(afterLateRelease.Status, Is.EqualTo(WebhookDeduplicationStatus.Completed));
    }

    [Test]
    public async Task An_expired_lease_is_taken_over_and_its_late_holder_cannot_release_the_new_one()
    {
        var hung = await store.TryClaimAsync(key, TimeSpan.FromMilliseconds(300));
        var whileLeased = await store.TryClaimAsync(key, Lease);

        // The lease expires on the Redis server's clock: poll for at most 2 s.
        var takeOver = WebhookDeduplicationClaim.InProgress();
        for (var i = 0; i < 40 && takeOver.Status != WebhookDeduplicationStatus.Claimed; i++)
        {
            await Task.Delay(50);
            takeOver = await store.TryClaimAsync(key, Lease);
        }

        await store.ReleaseAsync(key, hung.LeaseToken!);
        var afterLateRelease = await store.TryClaimAsync(key, Lease);

        Assert.That(whileLeased.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress));
        Assert.That(takeOver.Status, Is.EqualTo(WebhookDeduplicationStatus.Claimed), "the lease expired on the server");
        Assert.That(takeOver.LeaseToken, Is.Not.EqualTo(hung.LeaseToken));
        Assert.That(afterLateRelease.Status, Is.EqualTo(WebhookDeduplicationStatus.InProgress), "the hung handler's release must not free the take-over");
    }

    [Test]
    public async Task Concurrent_claims_from_many_connections_grant_exactly_one()
    {
        var stores = Enumerable.Range(0, 4).Select(_ => new RedisWebhookDeduplicationStore(garnet.Connect(), new RedisWebhookDeduplicationOptions { KeyPrefix = "test:" })).ToArray();

        var claims = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => stores[i % 4].TryClaimAsync(key, Lease).AsTask()));

        Assert.That(claims.Count(c => c.Status == WebhookDeduplicationStatus.Claimed), Is.EqualTo(1));
        Assert.That(claims.Count(c => c.Status == WebhookDeduplicationStatus.InProgress), Is.EqualTo(63));
    }

    [Test]
    public async Task Keys_carry_the_configured_prefix()
    {
        await store.TryClaimAsync(key, Lease);

        Assert.That(await connection.GetDatabase().KeyExistsAsync("test:" + key), Is.True);
        Assert.That(await connection.GetDatabase().KeyExistsAsync(key), Is.False);
    }
}
