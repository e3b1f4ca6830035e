using Instasent.Sdk.RateLimiting;
using Instasent.Sdk.StackExchangeRedis.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.StackExchangeRedis.Tests;

/// <summary>
/// The rules of <see cref="IRateLimitPacingStore"/>, run against the in-memory reference and the Redis store's Lua
/// scripts alike (the same fake clock drives both: the Redis store compares the servers' reset times with the caller's clock).
/// </summary>
[TestFixture("memory")]
[TestFixture("redis")]
public sealed class RateLimitPacingStoreContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(200);
    private readonly string kind;
    private GarnetHost? garnet;
    private FakeTimeProvider time = null!;
    private IRateLimitPacingStore store = null!;
    private string key = null!;

    public RateLimitPacingStoreContractTests(string kind)
    {
        this.kind = kind;
    }

    [OneTimeSetUp]
    public void StartGarnet()
    {
        if (kind == "redis")
        {
            garnet = GarnetHost.Start();
        }
    }

    [OneTimeTearDown]
    public void StopGarnet() => garnet?.Dispose();

    [SetUp]
    public void NewStore()
    {
        time = new FakeTimeProvider(Start);
        store = garnet is null ? new InMemoryRateLimitPacingStore(time) : new RedisRateLimitPacingStore(garnet.Connect(), new RedisRateLimitPacingOptions { KeyPrefix = "contract:" }, time);
        key = Guid.NewGuid().ToString("N").ToUpperInvariant();
    }

    [Test]
    public async Task Nothing_known_means_every_permit_is_granted()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.That((await store.AcquireAsync(key, Margin)).IsAcquired, Is.True);
        }
    }

    [Test]
    public async Task The_budget_is_what_the_server_says_remains_less_the_permits_granted_since()
    {
        var reset = Start.AddSeconds(10);
        await store.ObserveAsync(key, new RateLimitWindow(5, 3, reset));

        var granted = await AcquireManyAsync(5);
        var refused = await store.AcquireAsync(key, Margin);

        Assert.That(granted, Is.EqualTo(3));
        Assert.That(refused.IsAcquired, Is.False);
        Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(10) + Margin), "until the reset plus the margin");
    }

    [Test]
    public async Task Permits_granted_before_anything_was_known_count_against_the_first_window()
    {
        Assert.That(await AcquireManyAsync(3), Is.EqualTo(3));
        // The first answer was counted by the server before the other two arrived: it says 4 remain of 5.
        await store.ObserveAsync(key, new RateLimitWindow(5, 4, Start.AddSeconds(10)));

        Assert.That(await AcquireManyAsync(5), Is.EqualTo(2), "5 - the 3 already granted");
    }

    [Test]
    public async Task Requests_from_elsewhere_lower_the_budget()
    {
        var reset = Start.AddSeconds(10);
        await store.ObserveAsync(key, new RateLimitWindow(10, 10, reset));
        await AcquireManyAsync(2);
        await store.ObserveAsync(key, new RateLimitWindow(10, 3, reset)); // someone else spent 5

        Assert.That(await AcquireManyAsync(10), Is.EqualTo(3));
    }

    [Test]
    public async Task Nothing_is_granted_between_the_reset_and_the_margin_then_the_next_window_has_the_full_limit()
    {
        await store.ObserveAsync(key, new RateLimitWindow(2, 0, Start.AddSeconds(10)));
        time.Advance(TimeSpan.FromSeconds(10) + Margin / 2);

        var inMargin = await store.AcquireAsync(key, Margin);
        time.Advance(Margin / 2);
        var granted = await AcquireManyAsync(3);
        var exhaustedWhilePending = await store.AcquireAsync(key, Margin);

        Assert.That(inMargin.IsAcquired, Is.False);
        Assert.That(inMargin.RetryAfter, Is.EqualTo(Margin / 2));
        Assert.That(granted, Is.EqualTo(2));
        Assert.That(exhaustedWhilePending.RetryAfter, Is.EqualTo(InMemoryRateLimitPacingStore.PendingWindowRetry), "the next window's end is not known yet: a short poll");
    }

    [Test]
    public async Task The_first_answer_of_the_new_window_settles_it_and_late_answers_of_the_old_one_are_ignored()
    {
        await store.ObserveAsync(key, new RateLimitWindow(4, 0, Start.AddSeconds(10)));
        time.Advance(TimeSpan.FromSeconds(11));
        Assert.That(await AcquireManyAsync(2), Is.EqualTo(2));

        await store.ObserveAsync(key, new RateLimitWindow(4, 0, Start.AddSeconds(10))); // late answer from the old window
        await store.ObserveAsync(key, new RateLimitWindow(4, 3, Start.AddSeconds(20))); // one of ours arrived in the new one
        var granted = await AcquireManyAsync(4);
        var refused = await store.AcquireAsync(key, Margin);

        Assert.That(granted, Is.EqualTo(2), "4 - the 2 granted since the roll-over (the server has counted only one so far)");
        Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(9) + Margin));
    }

    [Test]
    public async Task Permits_still_in_flight_at_the_roll_over_count_against_the_new_window()
    {
        await store.ObserveAsync(key, new RateLimitWindow(4, 4, Start.AddSeconds(10)));
        Assert.That(await AcquireManyAsync(3), Is.EqualTo(3));
        await store.ObserveAsync(key, null); // one answered (without headers); two are still on their way
        time.Advance(TimeSpan.FromSeconds(10) + Margin);

        Assert.That(await AcquireManyAsync(4), Is.EqualTo(2), "they may reach the server in its new window");
    }

    [Test]
    public async Task A_window_the_server_began_before_this_clock_did_starts_from_the_servers_count()
    {
        await store.ObserveAsync(key, new RateLimitWindow(8, 8, Start.AddSeconds(10)));
        Assert.That(await AcquireManyAsync(3), Is.EqualTo(3));
        time.Advance(TimeSpan.FromSeconds(10) + Margin / 2); // inside the margin: nothing granted here
        // One of the three reached the server in its new window; the other two are still on their way.
        await store.ObserveAsync(key, new RateLimitWindow(8, 7, Start.AddSeconds(20)));

        Assert.That(await AcquireManyAsync(8), Is.EqualTo(5), "8 - 1 counted by the server - 2 in flight");
    }

    [Test]
    public async Task Tokens_have_separate_budgets()
    {
        var other = Guid.NewGuid().ToString("N").ToUpperInvariant();
        await store.ObserveAsync(key, new RateLimitWindow(1, 0, Start.AddSeconds(10)));

        Assert.That((await store.AcquireAsync(key, Margin)).IsAcquired, Is.False);
        Assert.That((await store.AcquireAsync(other, Margin)).IsAcquired, Is.True);
    }

    private async Task<int> AcquireManyAsync(int count)
    {
        var granted = 0;
        for (var i = 0; i < count; i++)
        {
            if ((await store.AcquireAsync(key, Margin)).IsAcquired)
            {
                granted++;
            }
        }

        return granted;
    }
}
