using System.Globalization;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Reliability;

/// <summary>
/// Failures that come from the host rather than the server: a starved thread pool and a wall clock that jumps. Whatever
/// happens, nothing is sent twice (checked against what the fake server stored), every bulk item has exactly one outcome
/// that agrees with the server's state, and every failure is an <see cref="InstasentException"/>. The process asked to
/// stop mid-bulk is covered in <c>Hosting/AspireServiceDefaultsHostTests</c>, inside a real generic host.
/// </summary>
public sealed class HostFailureTests : FakeServerFixture
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static List<SmsRequest> Messages(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => new SmsRequest("Acme", $"+346{i:D8}", $"{prefix} {i}") { ClientId = $"{prefix}{i}" }).ToList();

    [Test]
    public async Task A_starved_thread_pool_slows_calls_down_but_nothing_is_sent_twice_and_every_failure_is_typed()
    {
        var client = CreateClient(o =>
        {
            o.BulkConcurrency = 2;
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
        });
        var bulk = Messages("b", 300);
        Server.EnqueueFault(FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, Method = "POST", PathEndsWith = "/sms" });
        Server.EnqueueFault(FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, PathEndsWith = "/sms/bulk", Skip = 1 });
        Server.EnqueueFault(FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, PathEndsWith = "/sms/send" });
        Server.EnqueueFault(FakeFault.Hung() with { PathEndsWith = "/sms/send" });

        ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
        var blockers = Environment.ProcessorCount * 2;
        using var release = new CancellationTokenSource();
        Task[] blocked;
        Task<Exception?> plain;
        Task<BatchResult<Sdk.Sms.SmsMessage>> bulkCall;
        Task<InstasentResponse<HellioSmsSubmission>>[] hellio;
        try
        {
            // The pool adds threads only slowly above its minimum, so blocking callers starve everything the SDK and
            // the loopback server schedule on it: continuations, timers' callbacks, Kestrel's request handling.
            ThreadPool.SetMinThreads(Environment.ProcessorCount, minIo);
            blocked = Enumerable.Range(0, blockers)
                .Select(i => Task.Factory.StartNew(
                    () =>
                    {
                        if (i % 2 == 0)
                        {
                            release.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(3));
                        }
                        else
                        {
                            // Sync over async, the usual way a host starves its own pool.
                            Task.Delay(TimeSpan.FromSeconds(3), release.Token).ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.None,
                    TaskScheduler.Default))
                .ToArray();

            plain = CatchAsync(client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "plain") { ClientId = "plain" }));
            bulkCall = client.Transactional.SendBulkSmsAsync(bulk);
            hellio =
            [
                client.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], "first")),
                client.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234568"], "second")),
            ];

            // Starved for a bounded moment while the calls are under way, then the pool recovers.
            var everything = Task.WhenAll(plain, bulkCall, Task.WhenAll(hellio));
            await Task.WhenAny(everything, Task.Delay(TimeSpan.FromSeconds(2)));
        }
        finally
        {
            await release.CancelAsync();
            ThreadPool.SetMinThreads(minWorkers, minIo);
        }

        await Task.WhenAll(blocked).WaitAsync(Bound);
        await WithFakeTime(Task.WhenAll(plain, bulkCall, Task.WhenAll(hellio)).ContinueWith(static t => t, TaskScheduler.Default)).WaitAsync(Bound);

        var plainFailure = await plain;
        Assert.That(plainFailure, Is.TypeOf<InstasentServerException>(), "the 500 after the server stored the send is reported, not retried");
        Assert.That(Server.Sms.Messages.Count(m => m.ClientId == "plain"), Is.EqualTo(1));

        var result = await bulkCall;
        AssertEveryItemAccountedFor(result, bulk);
        Assert.That(result.AcceptedCount, Is.EqualTo(200));
        Assert.That(result.UnknownCount, Is.EqualTo(100), "the batch answered 500 after it was stored");
        Assert.That(result.Items.Where(i => i.Status == BatchItemStatus.Unknown).Select(i => i.Exception), Is.All.TypeOf<InstasentServerException>());

        var responses = await Task.WhenAll(hellio);
        Assert.That(Server.Hellio.Messages, Has.Count.EqualTo(2), "each keyed send stored once, its retries replayed or stored it once");
        Assert.That(Server.Hellio.Campaigns.Select(c => c.Reference), Is.EquivalentTo(responses.Select(r => r.Value.Reference)));
        foreach (var response in responses)
        {
            var keys = Server.Requests
                .Where(r => r.Path.EndsWith("/sms/send", StringComparison.Ordinal) && r.Header("Idempotency-Key") == response.IdempotencyKey)
                .ToList();
            Assert.That(keys, Has.Count.EqualTo(response.Attempts.Count), "every attempt of a keyed send carries its one key");
        }

        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(301), "the plain send and the bulk, each message once");
    }

    [Test]
    public async Task A_clock_jumping_far_forward_mid_call_fires_the_timeouts_and_every_failure_is_typed()
    {
        var client = CreateClient(o =>
        {
            o.BulkConcurrency = 1;
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(60);
        });
        var bulk = Messages("j", 300);
        Server.EnqueueFault(FakeFault.Hung() with { Method = "POST", PathEndsWith = "/sms" });
        Server.EnqueueFault(FakeFault.Hung() with { PathEndsWith = "/sms/bulk", Skip = 1 });
        Server.EnqueueFault(FakeFault.Hung() with { PathEndsWith = "/sms/send" });

        var plain = CatchAsync(client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "plain") { ClientId = "plain" }));
        var bulkCall = client.Transactional.SendBulkSmsAsync(bulk);
        var hellio = CatchAsync(client.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], "keyed")));
        await WaitUntilAsync(() => Server.ActiveHangs == 3);

        // A VM resumed after two days: every pending timer is due at once, attempt and total timeouts alike.
        Time.Advance(TimeSpan.FromDays(2));
        // No clock driving after the jump: nothing left should need a timer, and the hangs the client gave up on
        // may still count on the server for a moment, which would make a driver fire the next batch's timeout.
        var result = await bulkCall.WaitAsync(Bound);
        var plainFailure = await plain.WaitAsync(Bound);
        var hellioFailure = await hellio.WaitAsync(Bound);

        Assert.That(plainFailure, Is.TypeOf<InstasentTransportException>());
        Assert.That(((InstasentTransportException)plainFailure!).Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(Server.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/sms", StringComparison.Ordinal)), Is.EqualTo(1), "a timed-out plain send is never sent again");
        Assert.That(Server.Sms.Messages.Count(m => m.ClientId == "plain"), Is.Zero);

        Assert.That(hellioFailure, Is.InstanceOf<InstasentException>(), $"the total timeout ended the keyed send: {hellioFailure}");
        Assert.That(Server.Hellio.Messages, Has.Count.LessThanOrEqualTo(1));

        AssertEveryItemAccountedFor(result, bulk);
        Assert.That(result.Items.Where(i => i.BatchNumber == 1).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown), "the hung second batch (number 1) timed out: the server may have it");
        Assert.That(result.Items.Where(i => i.BatchNumber != 1).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted), $"the batches after the jump go on with fresh budgets: {result.Items[^1].Status} {result.Items[^1].BatchNumber} {result.Items[^1].Exception}");
    }

    [Test]
    public async Task A_wall_clock_set_back_or_forward_does_not_change_a_wait_the_server_gave_as_a_date()
    {
        var clock = new ShiftedClock(Time);
        var provider = TestClients.Create(Server, o => o.Retry.MaxRetryDelay = TimeSpan.FromMinutes(5), clock, Logs);
        Track(provider);
        var client = provider.GetRequiredService<IInstasentClient>();

        // The host's clock is an hour ahead of the server's, then an hour behind. The server asks for 30 s as a date on
        // its own clock and says what time it is there (Date): the wait is those 30 s either way. Measured against this
        // clock alone it would be nothing (a date in the past) or an hour (longer than MaxRetryDelay: refused at once).
        var waits = new List<TimeSpan>();
        foreach (var shift in new[] { TimeSpan.FromHours(1), -TimeSpan.FromHours(1) })
        {
            clock.Shift = shift;
            Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", (Time.GetUtcNow() + TimeSpan.FromSeconds(30)).ToString("r", CultureInfo.InvariantCulture))) with { Method = "POST", PathEndsWith = "/sms" });
            var response = await WithFakeTime(client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "shifted") { ClientId = $"shift{shift.TotalHours}" })).WaitAsync(Bound);
            Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 429, 201 }), $"clock shifted {shift}");
            waits.Add(response.Attempts[0].RetryDelay!.Value);
        }

        Assert.That(waits.Select(w => w.TotalSeconds), Is.All.InRange(30.0, 34.1), "30 s, up to 10 % jitter, plus the skew margin");

        // Set back a day in the middle of a wait: the wait runs on the monotonic clock and ends on time.
        clock.Shift = TimeSpan.Zero;
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "3")) with { Method = "POST", PathEndsWith = "/sms" });
        var call = client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "set back") { ClientId = "setback" });
        await WaitUntilAsync(() => Time.NextNonTimeoutDue is not null || call.IsCompleted);
        clock.Shift = -TimeSpan.FromDays(1);
        var setBack = await WithFakeTime(call).WaitAsync(Bound);
        Assert.That(setBack.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 429, 201 }));
        Assert.That(setBack.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(3.0, 3.3));

        Assert.That(Server.Sms.Messages.Select(m => m.ClientId), Is.EquivalentTo(new[] { "shift1", "shift-1", "setback" }), "each stored once");
    }

    [Test]
    public async Task A_wall_clock_set_back_does_not_keep_pacing_waiting_for_a_window_that_is_over()
    {
        // The fake enforces 3 requests per 10 s and says when its window ends (X-RateLimit-Reset, a Unix time).
        Server.Options.RateLimit = 3;
        Server.Options.RateLimitWindow = TimeSpan.FromSeconds(10);
        var clock = new ShiftedClock(Time);
        var provider = TestClients.Create(Server, o => o.Pacing.Enabled = true, clock, Logs);
        Track(provider);
        var client = provider.GetRequiredService<IInstasentClient>();
        for (var i = 0; i < 3; i++)
        {
            await WithFakeTime(client.Transactional.GetBalanceAsync()).WaitAsync(Bound);
        }

        // The budget is spent; then the host's clock is set back an hour. The window still ends 10 s after it began,
        // not an hour and 10 s from the new "now".
        clock.Shift = -TimeSpan.FromHours(1);
        var fourth = await WithFakeTime(client.Transactional.GetBalanceAsync()).WaitAsync(Bound);

        Assert.That(fourth.Attempts, Has.Count.EqualTo(1));
        Assert.That(Server.RateLimitedCount, Is.Zero, "paced into the next window, not refused by the server");
        var sentAt = Server.Requests.Select(r => r.ReceivedAt - Server.Requests[0].ReceivedAt).ToList();
        Assert.That(sentAt, Has.Count.EqualTo(4));
        Assert.That(sentAt[3], Is.InRange(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)), "the fourth waited for the real end of the window");
    }

    /// <summary>One outcome per message, in order; the outcome agrees with what the server stored; nothing stored twice.</summary>
    private void AssertEveryItemAccountedFor(BatchResult<Sdk.Sms.SmsMessage> result, List<SmsRequest> messages)
    {
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, messages.Count)), "exactly one outcome per message");
        var stored = Server.Sms.Messages.Where(m => m.ClientId is not null).GroupBy(m => m.ClientId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.That(stored.Values.Where(g => g.Count > 1).Select(g => g[0].ClientId), Is.Empty, "nothing stored twice");
        for (var i = 0; i < messages.Count; i++)
        {
            var outcome = result.Items[i];
            var isStored = stored.TryGetValue(messages[i].ClientId!, out var copies);
            switch (outcome.Status)
            {
                case BatchItemStatus.Accepted:
                    Assert.That(isStored, Is.True, $"message {i} is accepted, so the server has it");
                    Assert.That(outcome.Result!.Id, Is.EqualTo(copies![0].Id));
                    break;
                case BatchItemStatus.Unknown:
                    Assert.That(outcome.IsSafeToResend, Is.False, $"message {i} may be stored");
                    break;
                default:
                    Assert.That(isStored, Is.False, $"message {i} is {outcome.Status}, so the server must not have it");
                    break;
            }

            Assert.That(outcome.Exception, Is.Null.Or.InstanceOf<InstasentException>(), $"message {i}: a typed failure");
        }
    }

    private static async Task<Exception?> CatchAsync<T>(Task<T> call)
    {
        try
        {
            await call.ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), "the condition was never met");
            await Task.Delay(5);
        }
    }
}
