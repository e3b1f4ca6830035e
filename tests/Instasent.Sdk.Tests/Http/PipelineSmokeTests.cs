using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
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

        var response = await client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hello"));

        Assert.That(response.Value.Id, Does.StartWith("sms_"));
        Assert.That(response.StatusCode, Is.EqualTo(201));
        Assert.That(response.RequestId, Does.StartWith("req_"));
        Assert.That(response.RateLimit?.Limit, Is.EqualTo(1200));
        var request = server.Requests.Single();
        Assert.That(request.Path, Is.EqualTo("/transactional/v1/sms"));
        Assert.That(request.BearerToken, Is.EqualTo("fake-token"));
        Assert.That(server.Sms.Messages.Single().Text, Is.EqualTo("Hello"));
    }
}
