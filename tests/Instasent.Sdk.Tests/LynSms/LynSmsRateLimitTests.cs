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
    [Test]
    public async Task A_429_without_headers_waits_until_the_next_minute_boundary()
    {
        var time = new TestClock(new DateTimeOffset(2026, 5, 12, 11, 34, 40, TimeSpan.Zero));
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        server.LynSms.RequestsPerMinute = 1;
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>().LynSms;
        await client.SendAsync(new LynSmsSendRequest("Acme", "+12025550143", "first"));

        // Hold the fake clock still until the 429 has arrived, so the wait is measured from exactly 11:34:40.
        var call = client.SendAsync(new LynSmsSendRequest("Acme", "+12025550143", "second"));
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
        Assert.That(server.Requests[^2].ReceivedAt, Is.EqualTo(new DateTimeOffset(2026, 5, 12, 11, 34, 40, TimeSpan.Zero)));
        Assert.That(second.Attempts[0].RetryDelay, Is.EqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(server.LynSms.RateLimitedCount, Is.EqualTo(1));
        var retried = server.Requests[^1];
        Assert.That(retried.ReceivedAt, Is.InRange(boundary, boundary.AddSeconds(2)));
        Assert.That(server.LynSms.Messages, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_429_envelope_is_surfaced_when_the_wait_exceeds_the_cap()
    {
        var time = new TestClock(new DateTimeOffset(2026, 5, 12, 11, 34, 10, TimeSpan.Zero));
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        server.LynSms.RequestsPerMinute = 0;
        await using var sp = TestClients.Create(server, o => o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(30), time);
        var client = sp.GetRequiredService<IInstasentClient>().LynSms;

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.GetAccountAsync());

        Assert.That(ex!.ErrorCode, Is.EqualTo("rate_limit_exceeded"));
        Assert.That(ex.ErrorType, Is.EqualTo("rate_limit_error"));
        Assert.That(ex.RequestId, Does.StartWith("req_"));
        Assert.That(ex.Info.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(50)));
        Assert.That(ex.Message, Does.Contain("MaxRetryDelay"));
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
        Assert.That(response.Attempts[0].RetryDelay, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public async Task A_send_that_gets_500_is_not_repeated()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        server.EnqueueFault(FakeFault.ServerError(500) with { Times = 3 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => sp.GetRequiredService<IInstasentClient>().LynSms.SendAsync(new LynSmsSendRequest("Acme", "+12025550143", "x")));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(server.RequestCount, Is.EqualTo(1));
    }
}
