using System.Collections.Concurrent;
using Instasent.Sdk.Errors;
using Instasent.Sdk.RateLimiting;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.RateLimiting;

/// <summary>
/// Proactive pacing over real loopback against a fake that enforces a fixed window per token (3 requests per 10 s,
/// honest <c>X-RateLimit-Reset</c>). Everything runs on the test clock: waits for the next window take no real time.
/// </summary>
public sealed class RateLimitPacingTests : FakeServerFixture
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [SetUp]
    public void EnforceWindow()
    {
        Server.Options.RateLimit = 3;
        Server.Options.RateLimitWindow = Window;
    }

    [Test]
    public async Task Without_pacing_the_fourth_call_of_a_window_gets_a_429()
    {
        var client = CreateClient();

        for (var i = 0; i < 4; i++)
        {
            await WithFakeTime(client.Transactional.GetBalanceAsync());
        }

        Assert.That(Server.RateLimitedCount, Is.EqualTo(1), "the retry policy recovers, but only after the server refused");
    }

    [Test]
    public async Task A_paced_client_waits_for_the_next_window_instead_of_getting_a_429()
    {
        var client = CreateClient(o => o.Pacing.Enabled = true);
        var start = Time.GetUtcNow();

        for (var i = 0; i < 7; i++)
        {
            await WithFakeTime(client.Transactional.GetBalanceAsync());
        }

        Assert.That(Server.RateLimitedCount, Is.Zero);
        var sentAt = Server.Requests.Select(r => r.ReceivedAt - start).ToArray();
        Assert.That(sentAt, Has.Length.EqualTo(7), "every call sent once: no 429, no retry");
        Assert.That(sentAt[..3], Is.All.LessThan(Window));
        Assert.That(sentAt[3..6], Is.All.InRange(Window + TimeSpan.FromSeconds(1), 2 * Window), "after the reset plus the 1 s margin");
        Assert.That(sentAt[6], Is.GreaterThanOrEqualTo(2 * Window + TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Concurrent_calls_share_the_budget_and_none_is_refused()
    {
        var client = CreateClient(o => o.Pacing.Enabled = true);
        await WithFakeTime(client.Transactional.GetBalanceAsync()); // learns the window

        var calls = Enumerable.Range(0, 8).Select(_ => client.Transactional.GetBalanceAsync()).ToArray();
        await WithFakeTime(Task.WhenAll(calls));

        Assert.That(Server.RateLimitedCount, Is.Zero);
        var perWindow = Server.Requests.GroupBy(r => r.ReceivedAt.ToUnixTimeSeconds() / 10).Select(g => g.Count());
        Assert.That(perWindow, Is.All.LessThanOrEqualTo(3));
    }

    [Test]
    public async Task A_wait_that_does_not_fit_the_total_timeout_fails_at_once_without_sending()
    {
        var client = CreateClient(o =>
        {
            o.Pacing.Enabled = true;
            o.TotalTimeout = TimeSpan.FromSeconds(5);
        });
        for (var i = 0; i < 3; i++)
        {
            await WithFakeTime(client.Transactional.GetBalanceAsync());
        }

        var before = Server.RequestCount;
        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()));

        Assert.That(Server.RequestCount, Is.EqualTo(before), "nothing was sent");
        Assert.That(ex!.RetryAfter, Is.EqualTo(Window + TimeSpan.FromSeconds(1)).Within(TimeSpan.FromMilliseconds(200)));
        Assert.That(ex.Message, Does.StartWith("Not sent").And.Contain("does not fit in the remaining TotalTimeout"));
    }

    [Test]
    public async Task RateLimitMode_Throw_never_waits_for_the_budget_either()
    {
        var client = CreateClient(o =>
        {
            o.Pacing.Enabled = true;
            o.Retry.RateLimitMode = RateLimitMode.Throw;
        });
        for (var i = 0; i < 3; i++)
        {
            await WithFakeTime(client.Transactional.GetBalanceAsync());
        }

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.RetryAfter, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
        Assert.That(Server.RateLimitedCount, Is.Zero);
    }

    [Test]
    public async Task Retries_are_paced_too_and_the_budget_is_keyed_by_a_hash_of_the_token_never_the_token()
    {
        Server.Options.RateLimitWindow = null;
        var store = new RecordingStore();
        var client = CreateClientWith(store, o => o.Pacing.Enabled = true);
        Server.EnqueueFault(FakeFault.ServerError(500));

        await WithFakeTime(client.Transactional.GetBalanceAsync());

        var token = Server.CreateClientOptions().Transactional.Token!;
        Assert.That(store.Acquired, Has.Count.EqualTo(2), "the retry took a permit as well");
        Assert.That(store.Observed, Has.Count.EqualTo(2), "every attempt that took a permit gives it back, answered or not");
        Assert.That(store.Observed.First(), Is.Null, "the injected 500 carries no rate-limit headers");
        Assert.That(store.Observed.Last()?.Limit, Is.EqualTo(3));
        Assert.That(store.Acquired.Distinct().Single(), Does.Match("^[0-9A-F]{32}$"));
        Assert.That(store.Acquired, Has.None.Contains(token));
    }

    [Test]
    public async Task A_failing_store_never_stops_a_call()
    {
        var client = CreateClientWith(new FailingStore(), o => o.Pacing.Enabled = true);

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Pacing_off_by_default_takes_no_permit()
    {
        var store = new RecordingStore();
        var client = CreateClientWith(store, null);

        await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(store.Acquired, Is.Empty);
    }

    private IInstasentClient CreateClientWith(IRateLimitPacingStore store, Action<InstasentClientOptions>? configure)
    {
        var provider = TestClients.Create(Server, configure, Time, Logs, configureServices: s => s.AddSingleton(store));
        Track(provider);
        return provider.GetRequiredService<IInstasentClient>();
    }

    private sealed class RecordingStore : IRateLimitPacingStore
    {
        public ConcurrentQueue<string> AcquiredQueue { get; } = new();

        public List<string> Acquired => [.. AcquiredQueue];

        public ConcurrentQueue<RateLimitWindow?> Observed { get; } = new();

        public ValueTask<RateLimitPacingLease> AcquireAsync(string key, TimeSpan resetMargin, CancellationToken cancellationToken = default)
        {
            AcquiredQueue.Enqueue(key);
            return new(RateLimitPacingLease.Granted);
        }

        public ValueTask ObserveAsync(string key, RateLimitWindow? window, CancellationToken cancellationToken = default)
        {
            Observed.Enqueue(window);
            return default;
        }
    }

    private sealed class FailingStore : IRateLimitPacingStore
    {
        public ValueTask<RateLimitPacingLease> AcquireAsync(string key, TimeSpan resetMargin, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("redis://user:secret@host is down");

        public ValueTask ObserveAsync(string key, RateLimitWindow? window, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("redis://user:secret@host is down");
    }
}
