using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

public sealed class PipelineSmokeTests
{
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    [Test]
    public async Task SendSms_goes_over_loopback_with_bearer_token_and_returns_typed_result()
    {
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        var response = await client.Transactional.SendSmsAsync(new SmsMessage("Acme", "+34600111222", "Hello"));

        Assert.That(response.Value.Id, Does.StartWith("sms_"));
        Assert.That(response.StatusCode, Is.EqualTo(201));
        Assert.That(response.RequestId, Does.StartWith("req_"));
        Assert.That(response.RateLimit?.Limit, Is.EqualTo(1200));
        var request = server.Requests.Single();
        Assert.That(request.Path, Is.EqualTo("/transactional/v1/sms"));
        Assert.That(request.BearerToken, Is.EqualTo("fake-token"));
        Assert.That(server.Sms.Messages.Single().Text, Is.EqualTo("Hello"));
    }

    [Test]
    public async Task Rate_limited_then_ok_waits_retry_after_on_the_fake_clock()
    {
        var time = new FakeTimeProvider();
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>();
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));

        var response = await TestClients.RunWithFakeTimeAsync(client.Transactional.SendSmsAsync(new SmsMessage("Acme", "+34600111222", "Hi")), time, TimeSpan.FromMilliseconds(500));

        Assert.That(response.Attempts, Has.Count.EqualTo(2));
        Assert.That(response.Attempts[0].StatusCode, Is.EqualTo(429));
        Assert.That(response.Attempts[0].RetryDelay, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(response.Attempts[0].RetryDelaySource, Is.EqualTo(RetryDelaySource.RetryAfter));
        Assert.That(server.Sms.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Post_sms_on_500_is_not_retried()
    {
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        server.EnqueueFault(FakeFault.ServerError(500) with { Times = 5 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => client.Transactional.SendSmsAsync(new SmsMessage("Acme", "+34600111222", "Hi")));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(server.RequestCount, Is.EqualTo(1));
        Assert.That(ex.Message, Does.Contain("not safe to repeat"));
    }

    [Test]
    public async Task Bulk_of_250_sends_3_requests_and_reports_by_index()
    {
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        var messages = Enumerable.Range(0, 250).Select(i => new SmsMessage("Acme", i % 50 == 7 ? "12345" : $"+3460{i:D7}", $"m{i}")).ToList();

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        Assert.That(result.Items, Has.Count.EqualTo(250));
        Assert.That(result.BatchCount, Is.EqualTo(3));
        Assert.That(result.RejectedCount, Is.EqualTo(5));
        Assert.That(result.Items[7].Status, Is.EqualTo(Batching.BatchItemStatus.Rejected));
        Assert.That(result.Items[8].Result!.To, Is.EqualTo("+34600000008"));
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/sms/bulk")), Is.EqualTo(3));
    }
}
