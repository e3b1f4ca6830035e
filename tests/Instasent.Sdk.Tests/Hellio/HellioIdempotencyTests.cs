using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Hellio;

public sealed class HellioIdempotencyTests
{
    private static readonly HellioSmsRequest Sms = new("Acme", ["+233241234567"], "Your order is on its way");

    [TestCase(FaultTiming.BeforeHandling, false)]
    [TestCase(FaultTiming.AfterHandling, true)]
    public async Task A_500_then_success_is_sent_twice_with_the_same_key_and_records_one_sms(FaultTiming timing, bool expectReplay)
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;
        server.EnqueueFault(FakeFault.ServerError(500) with { Timing = timing, PathEndsWith = "/sms/send" });

        var response = await TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(200));

        var sends = server.Requests.Where(r => r.Path == "/hellio/v1/sms/send").ToList();
        Assert.That(sends, Has.Count.EqualTo(2));
        Assert.That(sends[0].Header("Idempotency-Key"), Is.Not.Null.And.EqualTo(sends[1].Header("Idempotency-Key")));
        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 202 }));
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
        Assert.That(server.Hellio.Messages, Has.Count.EqualTo(1));
        Assert.That(response.IdempotentReplayed, Is.EqualTo(expectReplay));
        Assert.That(response.IdempotencyKey, Is.EqualTo(sends[0].Header("Idempotency-Key")));
        Assert.That(response.Value.Reference, Is.EqualTo(server.Hellio.Campaigns[0].Reference));
    }

    [Test]
    public async Task Otp_and_voice_sends_are_retried_on_timeouts_with_their_key()
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, o => o.AttemptTimeout = TimeSpan.FromSeconds(5), time);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;
        server.EnqueueFault(FakeFault.Hung() with { PathEndsWith = "/otp/send" });
        server.EnqueueFault(FakeFault.ServerError(503) with { PathEndsWith = "/voice/send" });

        var otp = await TestClients.RunWithFakeTimeAsync(client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme")), time, TimeSpan.FromMilliseconds(500));
        var voice = await TestClients.RunWithFakeTimeAsync(client.SendVoiceAsync(new HellioVoiceRequest(["+233241234567"]) { Text = "hi" }), time, TimeSpan.FromMilliseconds(500));

        Assert.That(otp.Attempts, Has.Count.EqualTo(2));
        Assert.That(voice.Attempts, Has.Count.EqualTo(2));
        Assert.That(server.Hellio.Otps, Has.Count.EqualTo(1));
        Assert.That(server.Hellio.VoiceBroadcasts, Has.Count.EqualTo(1));
        var otpKeys = server.Requests.Where(r => r.Path.EndsWith("/otp/send", StringComparison.Ordinal)).Select(r => r.Header("Idempotency-Key")).Distinct().ToList();
        Assert.That(otpKeys, Has.Count.EqualTo(1));
        Assert.That(server.Hellio.Otps[0].IdempotencyKey, Is.EqualTo(otpKeys[0]));
    }

    [Test]
    public async Task A_caller_key_from_business_ids_survives_a_restart_and_replays()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        var key = IdempotencyKeys.FromBusinessIds("order-1042", "+233241234567");

        InstasentResponse<HellioSmsSubmission> first;
        await using (var sp = TestClients.Create(server))
        {
            first = await sp.GetRequiredService<IInstasentClient>().Hellio.SendSmsAsync(Sms, new InstasentRequestOptions { IdempotencyKey = key });
        }

        // A new process: a new client, the same business ids, hence the same key.
        await using var restarted = TestClients.Create(server);
        var second = await restarted.GetRequiredService<IInstasentClient>().Hellio.SendSmsAsync(Sms, new InstasentRequestOptions { IdempotencyKey = IdempotencyKeys.FromBusinessIds("order-1042", "+233241234567") });

        Assert.That(server.Requests.Select(r => r.Header("Idempotency-Key")), Is.All.EqualTo(key));
        Assert.That(key, Does.StartWith("ik_").And.Not.Contain("233241234567"));
        Assert.That(first.IdempotentReplayed, Is.False);
        Assert.That(second.IdempotentReplayed, Is.True);
        Assert.That(second.Value.Reference, Is.EqualTo(first.Value.Reference));
        Assert.That(second.IdempotencyKey, Is.EqualTo(key));
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
        Assert.That(server.Hellio.ReplayCount, Is.EqualTo(1));
    }

    [Test]
    public async Task A_send_still_processing_after_the_attempt_timeout_is_retried_through_409_until_the_replay()
    {
        // Attempt 1 times out while Hellio still processes the keyed send; the same key then gets 409 idempotency_conflict
        // until processing ends, and then the stored answer with Idempotent-Replayed.
        var time = new TestClock();
        var variance = new FakeServerVariance { KeyedSendProcessingTime = TimeSpan.FromSeconds(6) };
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time, Variance = variance });
        await using var sp = TestClients.Create(server, o => o.AttemptTimeout = TimeSpan.FromSeconds(5), time);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        var response = await TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(200));

        var statuses = response.Attempts.Select(a => a.StatusCode).ToList();
        Assert.That(statuses[0], Is.Null, "attempt 1 timed out");
        Assert.That(response.Attempts[0].Outcome, Is.EqualTo("cancelled"));
        Assert.That(statuses[1], Is.EqualTo(409));
        Assert.That(statuses[^1], Is.EqualTo(202));
        Assert.That(statuses.Skip(1).SkipLast(1), Is.All.EqualTo(409));
        Assert.That(response.IdempotentReplayed, Is.True);
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
        Assert.That(server.Hellio.Messages, Has.Count.EqualTo(1));
        Assert.That(response.Value.Reference, Is.EqualTo(server.Hellio.Campaigns[0].Reference));
        var keys = server.Requests.Where(r => r.Path == "/hellio/v1/sms/send").Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.That(keys, Has.Count.EqualTo(statuses.Count));
        Assert.That(keys.Distinct().Single(), Is.EqualTo(response.IdempotencyKey));
    }

    [Test]
    public async Task A_send_still_processing_at_the_deadline_ends_with_the_conflict_exception()
    {
        var time = new TestClock();
        var variance = new FakeServerVariance { KeyedSendProcessingTime = TimeSpan.FromMinutes(10) };
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time, Variance = variance });
        await using var sp = TestClients.Create(
            server,
            o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(5);
                o.TotalTimeout = TimeSpan.FromSeconds(20);
            },
            time);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        var ex = Assert.ThrowsAsync<InstasentIdempotencyConflictException>(() => TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms, new InstasentRequestOptions { IdempotencyKey = "order-8-key" }), time, TimeSpan.FromMilliseconds(200)));

        Assert.That(ex!.StatusCode, Is.EqualTo(409));
        Assert.That(ex.ErrorCode, Is.EqualTo(HellioErrorCodes.IdempotencyConflict));
        Assert.That(ex.IdempotencyKey, Is.EqualTo("order-8-key"));
        Assert.That(ex.Attempts.Skip(1).Select(a => a.StatusCode), Is.All.EqualTo(409));
        Assert.That(ex.Attempts, Has.Count.GreaterThan(new InstasentRetryOptions().MaxRetries + 1), "in-flight retries are bounded by the deadline, not MaxRetries");
        Assert.That(ex.Message, Does.Contain("TotalTimeout"));
        Assert.That(ex.Elapsed, Is.LessThanOrEqualTo(TimeSpan.FromSeconds(20)));
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1), "the send went through once");
    }

    [Test]
    public async Task A_duplicate_while_the_first_is_in_flight_waits_for_the_replay()
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;
        server.Hellio.PauseSends();
        var first = client.SendSmsAsync(Sms, new InstasentRequestOptions { IdempotencyKey = "order-7-key" });
        await server.Hellio.WaitForInFlightAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var duplicate = client.SendSmsAsync(Sms, new InstasentRequestOptions { IdempotencyKey = "order-7-key" });
        // The duplicate got its 409 once its retry wait is scheduled (the only timer that is not a timeout).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (time.NextNonTimeoutDue is null && !duplicate.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        server.Hellio.ResumeSends();
        var original = await first;
        var response = await TestClients.RunWithFakeTimeAsync(duplicate, time, TimeSpan.FromMilliseconds(200));

        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 409, 202 }));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.Backoff));
        Assert.That(response.IdempotentReplayed, Is.True);
        Assert.That(response.IdempotencyKey, Is.EqualTo("order-7-key"));
        Assert.That(response.Value.Reference, Is.EqualTo(original.Value.Reference));
        Assert.That(original.IdempotentReplayed, Is.False);
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_409_on_a_call_without_a_key_is_not_retried()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        server.EnqueueFault(FakeFault.Json(409, """{"message":"In flight.","error":"idempotency_conflict"}"""));

        var ex = Assert.ThrowsAsync<InstasentIdempotencyConflictException>(() => sp.GetRequiredService<IInstasentClient>().Hellio.GetBalanceAsync());

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Another_409_on_a_keyed_send_is_not_retried()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        server.EnqueueFault(FakeFault.Json(409, """{"message":"Taken.","error":"extension_unavailable"}""") with { PathEndsWith = "/sms/send" });

        var ex = Assert.ThrowsAsync<InstasentConflictException>(() => sp.GetRequiredService<IInstasentClient>().Hellio.SendSmsAsync(Sms));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(server.Hellio.Campaigns, Is.Empty);
    }

    [Test]
    public async Task Retries_off_means_a_409_in_flight_is_not_retried_either()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, o => o.Retry.MaxRetries = 0);
        server.EnqueueFault(FakeFault.Json(409, """{"message":"In flight.","error":"idempotency_conflict"}""") with { PathEndsWith = "/sms/send" });

        var ex = Assert.ThrowsAsync<InstasentIdempotencyConflictException>(() => sp.GetRequiredService<IInstasentClient>().Hellio.SendSmsAsync(Sms));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Reads_and_plain_posts_send_no_key()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        await client.GetBalanceAsync();
        await client.CreateLookupAsync(new HellioLookupRequest(["+233241234567"]));

        Assert.That(server.Requests.Select(r => r.Header("Idempotency-Key")), Is.All.Null);
    }

    [Test]
    public async Task A_lookup_post_on_500_is_not_repeated()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        server.EnqueueFault(FakeFault.ServerError(500) with { Times = 3 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => sp.GetRequiredService<IInstasentClient>().Hellio.CreateLookupAsync(new HellioLookupRequest(["+233241234567"])));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
    }
}
