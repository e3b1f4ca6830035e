using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// How many times a keyed send is sent again while the server says its key is still in flight (Hellio's 409
/// <c>idempotency_conflict</c>): bounded on its own, and not counted against <see cref="InstasentRetryOptions.MaxRetries"/>.
/// </summary>
public sealed class KeyInFlightRetryTests
{
    private const string InFlight = """{"message":"A request with this key is still being processed.","error":"idempotency_conflict"}""";
    private static readonly HellioSmsRequest Sms = new("Acme", ["+233241234567"], "Your order is on its way");

    private static void Budgets(InstasentClientOptions o)
    {
        // Short backoff and a long deadline, so only the retry counts decide when the call ends.
        o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
        o.Retry.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        o.TotalTimeout = TimeSpan.FromHours(1);
    }

    [Test]
    public async Task A_key_still_in_flight_is_sent_again_at_most_twenty_times()
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, Budgets, time);
        server.EnqueueFault(FakeFault.Json(409, InFlight) with { PathEndsWith = "/sms/send", Times = 100 });
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        var ex = Assert.ThrowsAsync<InstasentIdempotencyConflictException>(() => TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(10)));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1 + InstasentRetryPolicy.MaxKeyInFlightRetries));
        var keys = server.Requests.Where(r => r.Path == "/hellio/v1/sms/send").Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.That(keys, Has.Count.EqualTo(21));
        Assert.That(keys.Distinct().Count(), Is.EqualTo(1), "every attempt carries the same key");
        Assert.That(server.Hellio.Campaigns, Is.Empty);
    }

    [Test]
    public async Task Twenty_in_flight_answers_then_the_replay_succeeds()
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, Budgets, time);
        server.EnqueueFault(FakeFault.Json(409, InFlight) with { PathEndsWith = "/sms/send", Times = 20 });
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        var response = await TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(10));

        Assert.That(response.Attempts, Has.Count.EqualTo(21));
        Assert.That(response.Attempts[^1].StatusCode, Is.EqualTo(202));
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task In_flight_retries_do_not_use_up_max_retries()
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, o =>
        {
            Budgets(o);
            o.Retry.MaxRetries = 1;
        }, time);
        server.EnqueueFault(FakeFault.Json(409, InFlight) with { PathEndsWith = "/sms/send", Times = 3 });
        server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/sms/send" });
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        var response = await TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(10));

        // Three in-flight retries, then the one ordinary retry MaxRetries = 1 allows.
        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 409, 409, 409, 500, 202 }));
        Assert.That(server.Hellio.Campaigns, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task After_in_flight_retries_an_ordinary_error_still_stops_at_max_retries()
    {
        var time = new TestClock();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, o =>
        {
            Budgets(o);
            o.Retry.MaxRetries = 1;
        }, time);
        server.EnqueueFault(FakeFault.Json(409, InFlight) with { PathEndsWith = "/sms/send", Times = 2 });
        server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/sms/send", Times = 5 });
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(10)));

        Assert.That(ex!.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 409, 409, 500, 500 }));
    }

    [Test]
    public async Task Each_scheduled_retry_is_logged_with_its_number_and_source()
    {
        var time = new TestClock();
        var logs = new FakeLoggerProvider();
        await using var server = await InstasentFakeServer.StartAsync();
        await using var sp = TestClients.Create(server, Budgets, time, logs);
        server.EnqueueFault(FakeFault.Json(409, InFlight) with { PathEndsWith = "/sms/send", Times = 2 });
        var client = sp.GetRequiredService<IInstasentClient>().Hellio;

        await TestClients.RunWithFakeTimeAsync(client.SendSmsAsync(Sms), time, TimeSpan.FromMilliseconds(10));

        var retries = logs.Collector.GetSnapshot()
            .Where(r => r.StructuredState?.Any(p => p.Key == "Retry") == true)
            .Select(r => (r.StructuredState!.Single(p => p.Key == "Retry").Value, r.StructuredState!.Single(p => p.Key == "Source").Value))
            .ToList();
        Assert.That(retries, Is.EqualTo(new[] { ("1", "Backoff"), ("2", "Backoff") }));
    }
}
