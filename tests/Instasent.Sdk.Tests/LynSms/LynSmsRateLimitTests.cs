using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

public sealed class LynSmsRateLimitTests
{
    private static void LibraryDefaults(InstasentClientOptions o)
    {
        var defaults = new InstasentClientOptions();
        o.AttemptTimeout = defaults.AttemptTimeout;
        o.TotalTimeout = defaults.TotalTimeout;
        o.Retry = new InstasentRetryOptions();
    }

    [Test]
    public async Task A_429_without_headers_waits_until_the_next_minute_boundary()
    {
        var time = new TestClock(new DateTimeOffset(2026, 5, 12, 11, 34, 40, TimeSpan.Zero));
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        server.LynSms.RequestsPerMinute = 1;
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>().LynSms;
        await client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "first"));

        // Hold the fake clock still until the 429 has arrived, so the wait is measured from exactly 11:34:40.
        var call = client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "second"));
        while (server.LynSms.RateLimitedCount == 0)
        {
            await Task.Delay(5);
        }

        var second = await TestClients.RunWithFakeTimeAsync(call, time, TimeSpan.FromSeconds(1));

        Assert.That(second.Attempts, Has.Count.EqualTo(2));
        Assert.That(second.Attempts[0].StatusCode, Is.EqualTo(429));
        Assert.That(second.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.FixedWindow));
        // The wait is what is left to the next window (11:35:00), not a backoff, and the retry lands at the boundary.
        var boundary = new DateTimeOffset(2026, 5, 12, 11, 35, 0, TimeSpan.Zero);
        // Up to 10 % jitter and a one-second margin for clock skew come on top, so a fleet does not return at one instant.
        Assert.That(server.Requests[^2].ReceivedAt, Is.EqualTo(new DateTimeOffset(2026, 5, 12, 11, 34, 40, TimeSpan.Zero)));
        // The window end is a point on the server's clock: the margin is never left out, so the retry is not early.
        Assert.That(second.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(21.0, 23.0));
        Assert.That(server.LynSms.RateLimitedCount, Is.EqualTo(1));
        var retried = server.Requests[^1];
        Assert.That(retried.ReceivedAt, Is.InRange(boundary.AddSeconds(1), boundary.AddSeconds(3)));
        Assert.That(server.LynSms.Messages, Has.Count.EqualTo(2));
    }

    [TestCase(5)]
    [TestCase(59)]
    [TestCase(0)]
    public async Task A_429_anywhere_in_the_minute_waits_for_the_window_under_default_options(int second)
    {
        // The client's docs promise a wait for the next window; with the default options every window wait (up to 60 s,
        // plus jitter and margin) fits in TotalTimeout, whatever MaxRetryDelay says about the SDK's own backoff.
        var start = new DateTimeOffset(2026, 5, 12, 11, 34, second, TimeSpan.Zero);
        var time = new TestClock(start);
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        server.LynSms.RequestsPerMinute = 1;
        await using var sp = TestClients.Create(server, LibraryDefaults, time);
        var client = sp.GetRequiredService<IInstasentClient>().LynSms;
        await client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "first"));

        var call = client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "second"));
        while (server.LynSms.RateLimitedCount == 0 && !call.IsCompleted)
        {
            await Task.Delay(5);
        }

        var response = await TestClients.RunWithFakeTimeAsync(call, time, TimeSpan.FromSeconds(1));

        var expected = 60 - second;
        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 429, 201 }));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.FixedWindow));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(expected, (expected * 1.1) + 1));
        Assert.That(server.Requests[^1].ReceivedAt, Is.GreaterThanOrEqualTo(start.AddSeconds(expected)));
        Assert.That(server.LynSms.Messages, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_429_envelope_is_surfaced_when_the_wait_does_not_fit_the_total_timeout()
    {
        var time = new TestClock(new DateTimeOffset(2026, 5, 12, 11, 34, 10, TimeSpan.Zero));
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        server.LynSms.RequestsPerMinute = 0;
        await using var sp = TestClients.Create(server, o => o.TotalTimeout = TimeSpan.FromSeconds(40), time);
        var client = sp.GetRequiredService<IInstasentClient>().LynSms;

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.GetAccountAsync());

        Assert.That(ex!.ErrorCode, Is.EqualTo("rate_limit_exceeded"));
        Assert.That(ex.ErrorType, Is.EqualTo("rate_limit_error"));
        Assert.That(ex.RequestId, Does.StartWith("req_"));
        Assert.That(ex.Info.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(50)));
        Assert.That(ex.Message, Does.Contain("TotalTimeout"));
        Assert.That(ex.Attempts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Retry_after_wins_over_the_window_when_present()
    {
        var time = new TestClock(new DateTimeOffset(2026, 5, 12, 11, 34, 10, TimeSpan.Zero));
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>().LynSms;
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "3")));

        var response = await TestClients.RunWithFakeTimeAsync(client.GetAccountAsync(), time, TimeSpan.FromSeconds(1));

        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
        Assert.That(response.Attempts[0].RetryDelay!.Value.TotalSeconds, Is.InRange(3.0, 3.3));
    }

    [Test]
    public async Task A_send_that_gets_500_is_not_repeated()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        server.EnqueueFault(FakeFault.ServerError(500) with { Times = 3 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => sp.GetRequiredService<IInstasentClient>().LynSms.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "x")));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(server.RequestCount, Is.EqualTo(1));
    }
}
