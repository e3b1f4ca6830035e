using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

/// <summary>Requests arrive on whatever thread the server picks: the memory bound holds whichever thread writes.</summary>
public sealed class InMemoryWebhookDeduplicationStoreThreadTests
{
    [Test]
    public void The_capacity_holds_for_writes_on_a_thread_other_than_the_one_that_evicted_before()
    {
        var store = new InMemoryWebhookDeduplicationStore(capacity: 10, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        RunOnOwnThread(() => Fill(store, "a"));
        Assert.That(store.Count, Is.LessThanOrEqualTo(10), "the first thread evicted");

        RunOnOwnThread(() => Fill(store, "b"));
        Assert.That(store.Count, Is.LessThanOrEqualTo(10), "a second thread evicts too");
    }

    private static void Fill(InMemoryWebhookDeduplicationStore store, string prefix)
    {
        for (var i = 0; i < 30; i++)
        {
            // The in-memory store completes synchronously.
            store.CompleteAsync(prefix + i, TimeSpan.FromHours(1)).AsTask().GetAwaiter().GetResult();
        }
    }

    private static void RunOnOwnThread(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        Assert.That(thread.Join(TimeSpan.FromSeconds(30)), Is.True);
        Assert.That(failure, Is.Null);
    }
}
