using System.Text.Json.Nodes;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.DependencyInjection;

public sealed class ClientRegistrationTests
{
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    [Test]
    public async Task Configuration_section_binds_every_setting()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instasent:AllowInsecureHttp"] = "true",
            ["Instasent:Transactional:Token"] = "tok-config",
            ["Instasent:Transactional:BaseAddress"] = server.TransactionalBaseAddress.ToString(),
            ["Instasent:Legacy:BaseAddress"] = server.LegacyBaseAddress.ToString(),
            ["Instasent:Retry:MaxRetries"] = "5",
            ["Instasent:Retry:MaxRetryDelay"] = "00:00:12",
            ["Instasent:Retry:RateLimitMode"] = "Throw",
            ["Instasent:AttemptTimeout"] = "00:00:07",
            ["Instasent:TotalTimeout"] = "00:00:40",
            ["Instasent:BulkConcurrency"] = "2",
            ["Instasent:Diagnostics:ShowPhoneNumbers"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddInstasentClient(config.GetSection("Instasent"));
        await using var sp = services.BuildServiceProvider();

        var options = sp.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>().Get(Options.DefaultName);
        Assert.Multiple(() =>
        {
            Assert.That(options.Transactional.Token, Is.EqualTo("tok-config"));
            Assert.That(options.Transactional.BaseAddress, Is.EqualTo(server.TransactionalBaseAddress));
            Assert.That(options.Retry.MaxRetries, Is.EqualTo(5));
            Assert.That(options.Retry.MaxRetryDelay, Is.EqualTo(TimeSpan.FromSeconds(12)));
            Assert.That(options.Retry.RateLimitMode, Is.EqualTo(RateLimitMode.Throw));
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(options.TotalTimeout, Is.EqualTo(TimeSpan.FromSeconds(40)));
            Assert.That(options.BulkConcurrency, Is.EqualTo(2));
            Assert.That(options.Diagnostics.ShowPhoneNumbers, Is.True);
            Assert.That(options.Legacy.Token, Is.Null);
        });

        var client = sp.GetRequiredService<IInstasentClient>();
        await client.Transactional.GetBalanceAsync();
        Assert.That(server.Requests.Single().BearerToken, Is.EqualTo("tok-config"));
    }

    [Test]
    public async Task A_token_rotated_in_configuration_is_used_by_the_next_call()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instasent:AllowInsecureHttp"] = "true",
            ["Instasent:Transactional:Token"] = "old-token",
            ["Instasent:Transactional:BaseAddress"] = server.TransactionalBaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddInstasentClient(config.GetSection("Instasent"));
        await using var sp = services.BuildServiceProvider();
        var client = sp.GetRequiredService<IInstasentClient>();

        await client.Transactional.GetBalanceAsync();
        config["Instasent:Transactional:Token"] = "new-token";
        config.Reload();
        await client.Transactional.GetBalanceAsync();

        Assert.That(server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "old-token", "new-token" }));
    }

    [Test]
    public async Task A_token_changed_on_the_options_object_is_used_without_di()
    {
        var options = server.CreateClientOptions("first");
        using var client = new InstasentClient(options);

        await client.Transactional.GetBalanceAsync();
        options.Transactional.Token = "second";
        await client.Transactional.GetBalanceAsync();

        Assert.That(server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task Two_named_clients_never_mix_tokens_under_concurrency()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient("tenant-a", o => TestClients.Copy(server.CreateClientOptions("token-a"), o));
        services.AddInstasentClient("tenant-b", o => TestClients.Copy(server.CreateClientOptions("token-b"), o));
        await using var sp = services.BuildServiceProvider();
        var factory = sp.GetRequiredService<IInstasentClientFactory>();
        var a = factory.CreateClient("tenant-a");
        var b = sp.GetRequiredKeyedService<IInstasentClient>("tenant-b");
        Assert.That(factory.CreateClient("tenant-b"), Is.SameAs(b));

        var calls = Enumerable.Range(0, 100).SelectMany(i => new[]
        {
            a.Transactional.SendSmsAsync(new SmsRequest("A", "+34600000001", "a") { ClientId = $"token-a-{i}" }),
            b.Transactional.SendSmsAsync(new SmsRequest("B", "+34600000002", "b") { ClientId = $"token-b-{i}" }),
        });
        await Task.WhenAll(calls);

        var requests = server.Requests;
        Assert.That(requests, Has.Count.EqualTo(200));
        foreach (var request in requests)
        {
            var clientId = JsonNode.Parse(request.Body)!["clientId"]!.GetValue<string>();
            Assert.That(clientId, Does.StartWith(request.BearerToken + "-"), "each request carries its own tenant's token");
        }
    }

    [Test]
    public async Task An_unknown_name_is_reported_clearly()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o => TestClients.Copy(server.CreateClientOptions(), o));
        await using var sp = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<IInstasentClientFactory>().CreateClient("nope"));

        Assert.That(ex!.Message, Does.Contain("AddInstasentClient(\"nope\""));
    }

    [Test]
    public async Task Calling_a_family_without_a_token_fails_before_sending()
    {
        var options = server.CreateClientOptions();
        options.Transactional.Token = null;
        using var client = new InstasentClient(options);

        var ex = Assert.ThrowsAsync<InstasentConfigurationException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.Message, Does.Contain("Instasent:Transactional:Token"));
        Assert.That(server.RequestCount, Is.Zero);
    }

    [Test]
    public void The_facade_and_options_print_no_token()
    {
        var options = server.CreateClientOptions("secret-token-123");
        using var client = new InstasentClient(options);

        Assert.That(options.ToString(), Does.Not.Contain("secret-token-123"));
        Assert.That(options.Transactional.ToString(), Does.Contain("***"));
        Assert.That(client.ToString(), Does.Not.Contain("secret-token-123"));
    }
}
