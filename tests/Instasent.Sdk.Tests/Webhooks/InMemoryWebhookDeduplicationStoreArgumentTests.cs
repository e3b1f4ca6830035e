using Instasent.Sdk.Webhooks;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

/// <summary>An empty key is a caller bug on every operation of the store, not a key of its own.</summary>
public sealed class InMemoryWebhookDeduplicationStoreArgumentTests
{
    [Test]
    public void Completing_or_releasing_an_empty_key_is_refused_and_records_nothing()
    {
        var store = new InMemoryWebhookDeduplicationStore();

        Assert.That(Assert.ThrowsAsync<ArgumentException>(async () => await store.CompleteAsync("", TimeSpan.FromHours(1)))!.ParamName, Is.EqualTo("key"));
        Assert.That(Assert.ThrowsAsync<ArgumentException>(async () => await store.ReleaseAsync("", "token"))!.ParamName, Is.EqualTo("key"));
        Assert.That(store.Count, Is.Zero);
    }
}
