using System.Globalization;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

public sealed class RetryTests : FakeServerFixture
{
    private static SmsRequest Message => new("Acme", "+34600111222", "Hello");

    [Test]
    public async Task Retry_after_seconds_is_waited_then_the_call_succeeds()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));

        var response = await WithFakeTime(client.Transactional.SendSmsAsync(Message));

        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 429, 201 }));
        // The server's wait plus up to 10 % jitter, so clients throttled together do not return together.
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(2.0, 2.2));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1), "a 429 means the server did no work, so one SMS exists");
    }

    [Test]
    public async Task Retry_after_http_date_is_measured_on_the_injected_clock()
    {
        var client = CreateClient();
        var date = Time.GetUtcNow().AddSeconds(7).ToString("r", CultureInfo.InvariantCulture);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", date)));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        // Measured against the fake clock; a date is a point on the server's clock, so a margin for skew comes on top.
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(7.0, 8.7));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
    }

    [Test]
    public async Task Retry_after_ms_is_honoured()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.RateLimited(("retry-after-ms", "1500")));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(1.5, 1.65));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfterMilliseconds));
    }

    [Test]
    public async Task X_rate_limit_reset_unix_seconds_is_the_instasent_way()
    {
        var client = CreateClient();
        var reset = Time.GetUtcNow().AddSeconds(4).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Server.EnqueueFault(FakeFault.RateLimited(("X-RateLimit-Limit", "1200"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset)));

        var response = await WithFakeTime(client.Transactional.SendSmsAsync(Message));

        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(4.0, 5.5));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RateLimitReset));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Retry_after_wins_over_rate_limit_reset()
    {
        var client = CreateClient();
        var reset = Time.GetUtcNow().AddSeconds(30).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1"), ("X-RateLimit-Reset", reset)));

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(1.0, 1.1));
    }

    [Test]
    public async Task A_429_without_hints_uses_jittered_backoff()
    {
        var client = CreateClient(o => o.Retry.BaseDelay = TimeSpan.FromSeconds(1));
        Server.EnqueueFault(FakeFault.RateLimited() with { Times = 2 });

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts, Has.Count.EqualTo(3));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.Backoff));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(0.8, 1.2));
        Assert.That(response.Attempts[1].RetryDelay!.Value.TotalSeconds, Is.InRange(1.6, 2.4));
    }

    [Test]
    public async Task A_retry_after_beyond_the_total_budget_fails_at_once_without_sleeping()
    {
        var client = CreateClient(o => o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(10));
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "3600")));
        var before = Time.GetUtcNow();

        // No fake-clock advancing: if the SDK slept, this call would never complete.
        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.Transactional.SendSmsAsync(Message));

        Assert.That(Time.GetUtcNow(), Is.EqualTo(before));
        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(ex.Attempts, Has.Count.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("TotalTimeout"));
        Assert.That(Server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_wait_that_does_not_fit_the_total_budget_fails_at_once()
    {
        var client = CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
            o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(20);
        });
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "10")));
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "15")));

        // The first wait (10 s) fits the 20 s budget; the second (15 s) no longer fits the ~10 s left.
        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => WithFakeTime(client.Transactional.GetBalanceAsync(), 1));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(15)));
        Assert.That(ex.Attempts, Has.Count.EqualTo(2));
        Assert.That(ex.Message, Does.Contain("TotalTimeout"));
    }

    [Test]
    public async Task Rate_limit_mode_throw_never_waits()
    {
        var client = CreateClient(o => o.Retry.RateLimitMode = RateLimitMode.Throw);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")));

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(ex.Attempts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Retries_stop_after_max_retries()
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 2);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")) with { Times = 10 });

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(3));
        Assert.That(Server.RequestCount, Is.EqualTo(3));
    }

    [Test]
    public async Task Post_sms_on_500_is_not_retried_even_if_the_server_stored_it()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, Times = 5 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => client.Transactional.SendSmsAsync(Message));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1), "sent once, never twice");
        Assert.That(ex.Message, Does.Contain("not safe to repeat"));
    }

    [Test]
    public async Task Get_on_500_and_503_is_retried()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.ServerError(500));
        Server.EnqueueFault(FakeFault.ServerError(503) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "3" } });

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 503, 200 }));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.Backoff));
        Assert.That(response.Attempts[1].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
        Assert.That(response.Attempts[1].RetryDelay!.Value.TotalSeconds, Is.InRange(3.0, 3.3));
        Assert.That(response.Value.Available, Is.EqualTo(100.5m));
    }

    [Test]
    public async Task A_timed_out_sms_send_is_not_sent_again_and_the_exception_says_so()
    {
        var client = CreateClient(o => o.AttemptTimeout = TimeSpan.FromSeconds(5));
        Server.EnqueueFault(FakeFault.Hung() with { Times = 5 });

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(client.Transactional.SendSmsAsync(Message), 1));

        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(ex.NotRetriedBecauseUnsafe, Is.True);
        Assert.That(ex.MayHaveReachedServer, Is.True);
        Assert.That(ex.Message, Does.Contain("NOT re-sent"));
        Assert.That(Server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_timed_out_get_is_retried()
    {
        var client = CreateClient(o => o.AttemptTimeout = TimeSpan.FromSeconds(5));
        Server.EnqueueFault(FakeFault.Hung());

        var response = await WithFakeTime(client.Transactional.GetBalanceAsync(), 1);

        Assert.That(response.Attempts, Has.Count.EqualTo(2));
        Assert.That(response.Attempts[0].Outcome, Is.EqualTo("cancelled"));
        Assert.That(Server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task The_total_timeout_ends_the_call_with_a_transport_exception()
    {
        var client = CreateClient(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(5);
            o.TotalTimeout = TimeSpan.FromSeconds(12);
            o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(1);
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(100);
        });
        Server.EnqueueFault(FakeFault.Hung() with { Times = 10 });

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(client.Transactional.GetBalanceAsync(), 1));

        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(ex.Attempts.Count, Is.InRange(2, 3));
    }

    [Test]
    public async Task A_dropped_connection_on_send_is_not_retried_but_on_get_it_is()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.ConnectionReset() with { Method = "POST" });
        Server.EnqueueFault(FakeFault.ConnectionReset() with { Method = "GET" });

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => client.Transactional.SendSmsAsync(Message));
        var account = await WithFakeTime(client.Transactional.GetBalanceAsync());

        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.ConnectionLost));
        Assert.That(ex.NotRetriedBecauseUnsafe, Is.True);
        Assert.That(account.Attempts, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_connect_failure_is_retried_even_for_a_send_because_nothing_left_the_machine()
    {
        var port = FreePort();
        var client = CreateClient(o =>
        {
            o.Transactional.BaseAddress = new Uri($"http://127.0.0.1:{port}/transactional/v1");
            o.Retry.MaxRetries = 2;
        });

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(client.Transactional.SendSmsAsync(Message)));

        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.ConnectFailure));
        Assert.That(ex.MayHaveReachedServer, Is.False);
        Assert.That(ex.Attempts, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Cancelling_during_a_retry_wait_stops_at_once_and_is_not_retried()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "30")) with { Times = 5 });
        using var cts = new CancellationTokenSource();

        var call = client.Transactional.GetBalanceAsync(cancellationToken: cts.Token);
        while (Server.RequestCount == 0)
        {
            await Task.Delay(5);
        }

        await Task.Delay(50);
        await cts.CancelAsync();

        Assert.That(async () => await call, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task The_client_built_without_di_has_the_same_retries()
    {
        var options = Server.CreateClientOptions();
        options.AttemptTimeout = TimeSpan.FromMinutes(1);
        options.TotalTimeout = TimeSpan.FromMinutes(10);
        using var client = new InstasentClient(options, timeProvider: Time);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));

        // A client built without DI has no in-flight counter for the fake-clock driver, which would then jump to the
        // attempt timeout while the first request is still on the wire; the test advances the clock itself, once the
        // retry wait (2 s plus jitter) is the next pending timer.
        var call = client.Transactional.GetBalanceAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        DateTimeOffset? wakeUp = null;
        while (!call.IsCompleted && DateTime.UtcNow < deadline && wakeUp is null)
        {
            await Task.Delay(1);
            wakeUp = Time.NextDue is { } due && due - Time.GetUtcNow() <= TimeSpan.FromSeconds(3) ? due : null;
        }

        if (!call.IsCompleted && wakeUp is { } at)
        {
            Time.Advance(at - Time.GetUtcNow());
        }

        var response = await call;

        Assert.That(response.Attempts, Has.Count.EqualTo(2));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(2.0, 2.2));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
