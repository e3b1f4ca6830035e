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
    private static readonly HellioSmsRequest Sms = new(["+233241234567"], "Acme", "Your order is on its way");

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
            first = await sp.GetRequiredService<IInstasentClient>().Hellio.SendSmsAsync(Sms, key);
        }

        // A new process: a new client, the same business ids, hence the same key.
        await using var restarted = TestClients.Create(server);
        var second = await restarted.GetRequiredService<IInstasentClient>().Hellio.SendSmsAsync(Sms, IdempotencyKeys.FromBusinessIds("order-1042", "+233241234567"));

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
    public async Task A_duplicate_while_the_first_is_in_flight_gets_the_conflict_exception()
    {
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;
        server.Hellio.PauseSends();
        var first = client.SendSmsAsync(Sms, "order-7-key");
        await server.Hellio.WaitForInFlightAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var ex = Assert.ThrowsAsync<InstasentIdempotencyConflictException>(() => client.SendSmsAsync(Sms, "order-7-key"));
        server.Hellio.ResumeSends();
        var response = await first;

        Assert.That(ex!.StatusCode, Is.EqualTo(409));
        Assert.That(ex.ErrorCode, Is.EqualTo(HellioErrorCodes.IdempotencyConflict));
        Assert.That(ex.IdempotencyKey, Is.EqualTo("order-7-key"));
        Assert.That(ex.Attempts, Has.Count.EqualTo(1), "a 409 is not retried by the pipeline");
        Assert.That(ex, Is.InstanceOf<InstasentConflictException>());
        Assert.That(response.StatusCode, Is.EqualTo(202));
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
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
