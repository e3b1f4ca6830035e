using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

public sealed class InMemoryWebhookDeduplicationStoreTests
{
    [Test]
    public async Task A_key_is_new_once_until_it_expires_or_is_removed()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);

        Assert.That(await store.TryAddAsync("k", TimeSpan.FromMinutes(10)), Is.True);
        Assert.That(await store.TryAddAsync("k", TimeSpan.FromMinutes(10)), Is.False);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.That(await store.TryAddAsync("k", TimeSpan.FromMinutes(10)), Is.True, "expired keys are new again");
        await store.RemoveAsync("k");
        Assert.That(await store.TryAddAsync("k", TimeSpan.FromMinutes(10)), Is.True, "removed keys are new again");
    }

    [Test]
    public async Task Concurrent_duplicates_let_exactly_one_through()
    {
        var store = new InMemoryWebhookDeduplicationStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await store.TryAddAsync("same", TimeSpan.FromHours(1)))));

        Assert.That(results.Count(r => r), Is.EqualTo(1));
    }

    [Test]
    public async Task Expired_keys_are_swept()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryWebhookDeduplicationStore(time);
        for (var i = 0; i < 255; i++)
        {
            await store.TryAddAsync("k" + i, TimeSpan.FromSeconds(1));
        }

        time.Advance(TimeSpan.FromSeconds(2));
        await store.TryAddAsync("last", TimeSpan.FromSeconds(1));

        Assert.That(store.Count, Is.EqualTo(1));
    }
}
