using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// The SDK inside real hosts: an app's <c>ConfigureHttpClientDefaults</c> (what .NET Aspire ServiceDefaults register)
/// must not re-send an SMS, impose its own timeouts or open its circuit breaker on the SDK's calls.
/// </summary>
public sealed class HostHandlerTests : FakeServerFixture
{
    private static SmsRequest Message => new("Acme", "+34600111222", "Hello");

    /// <summary>The server stores the SMS, then answers 500: re-sending would store a second one.</summary>
    private static FakeFault StoredThenFailed => FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, Method = "POST", PathEndsWith = "/sms" };

    private static IEnumerable<TestCaseData> AspireHosts()
    {
        yield return new TestCaseData(HostVariance.Aspire).SetArgDisplayNames("defaults before AddInstasentClient");
        yield return new TestCaseData(HostVariance.AspireAfterClient).SetArgDisplayNames("defaults after AddInstasentClient");
    }

    [TestCaseSource(nameof(AspireHosts))]
    public void A_send_the_server_stored_then_failed_is_not_sent_again_by_host_defaults(HostVariance host)
    {
        var client = CreateClient(host: host);
        Server.EnqueueFault(StoredThenFailed);

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => WithFakeTime(client.Transactional.SendSmsAsync(Message)));

        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1), "the server stored the SMS once; nothing may send it again");
        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(host.Requests.Count, Is.EqualTo(1), "the host's observing handler stays in the chain and saw one request");
    }

    [TestCaseSource(nameof(AspireHosts))]
    public async Task The_sdk_http_clients_carry_exactly_one_resilience_handler_the_sdk_own(HostVariance host)
    {
        var provider = CreateProvider(host: host);
        var factory = provider.GetRequiredService<IHttpMessageHandlerFactory>();

        foreach (var family in InstasentFamilies.All)
        {
            var chain = Chain(factory.CreateHandler(InstasentClientServices.HttpClientName(Options.DefaultName, family))).ToList();
            Assert.That(chain.Count(h => h is ResilienceHandler), Is.EqualTo(1), $"{family.Name}: {string.Join(" > ", chain.Select(h => h.GetType().Name))}");
            Assert.That(chain.FindIndex(h => h is ResilienceHandler), Is.GreaterThan(chain.FindIndex(h => h.GetType().Name == "CallHeadersHandler")), "the one left is the SDK's, inside its idempotency-key handler");
        }

        await Task.CompletedTask;
    }

    [Test]
    public void The_host_attempt_timeout_does_not_cut_an_sdk_attempt_short()
    {
        var client = CreateClient(o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(25);
                o.TotalTimeout = TimeSpan.FromSeconds(60);
                o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(30);
            }, HostVariance.Aspire);
        Server.EnqueueFault(FakeFault.Hung() with { Method = "POST", PathEndsWith = "/sms" });

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(client.Transactional.SendSmsAsync(Message)));

        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(ex.NotRetriedBecauseUnsafe, Is.True);
        Assert.That(ex.Attempts.Single().Duration, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(25)), "the SDK's 25 s attempt timeout decides, not the host's 10 s");
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
        Assert.That(Server.Sms.Messages, Is.Empty);
    }

    [Test]
    public void The_host_circuit_breaker_never_opens_on_sdk_calls()
    {
        var host = HostVariance.Aspire with
        {
            ConfigureResilience = o =>
            {
                o.CircuitBreaker.MinimumThroughput = 2;
                o.CircuitBreaker.FailureRatio = 0.1;
                o.Retry.MaxRetryAttempts = 1;
            },
        };
        var client = CreateClient(o => o.Retry.MaxRetries = 0, host);
        Server.EnqueueFault(FakeFault.ServerError(503) with { Times = 100 });

        for (var i = 0; i < 6; i++)
        {
            Assert.ThrowsAsync<InstasentServerException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()), $"call {i + 1}");
        }

        Assert.That(Server.Requests, Has.Count.EqualTo(6), "MaxRetries = 0: one request per call, whatever the host's retry says");
    }

    [Test]
    public async Task Handlers_added_through_the_sdk_builder_keep_working_under_host_defaults()
    {
        var services = new ServiceCollection();
        HostVariance.Aspire.Apply(services, s => s
            .AddInstasentClient(o => TestClients.Copy(Server.CreateClientOptions(), o))
            .ConfigureHttpClients(b => b.AddHttpMessageHandler(() => new HeaderHandler("X-App-Tag", "blue"))));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IInstasentClient>().Transactional.GetBalanceAsync();

        Assert.That(Server.Requests.Single().Header("X-App-Tag"), Is.EqualTo("blue"));
    }

    [Test]
    public async Task A_host_handler_that_sends_again_is_refused_with_a_typed_error()
    {
        // Not a resilience handler, so nothing removes it: the SDK's innermost guard must stop the second send.
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new SendAgainOnErrorHandler()));
        services.AddInstasentClient(o => TestClients.Copy(Server.CreateClientOptions(), o));
        await using var provider = services.BuildServiceProvider();
        Server.EnqueueFault(StoredThenFailed);

        var ex = Assert.ThrowsAsync<InstasentResendRefusedException>(() => provider.GetRequiredService<IInstasentClient>().Transactional.SendSmsAsync(Message));

        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1));
        Assert.That(ex!.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500 }), "the error tells what the one real attempt got");
        Assert.That(ex.Message, Does.Contain("not idempotent"));
    }

    [Test]
    public async Task A_handler_added_through_the_sdk_builder_that_sends_again_is_refused_for_a_plain_send()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o => TestClients.Copy(Server.CreateClientOptions(), o))
            .ConfigureHttpClients(b => b.AddHttpMessageHandler(() => new SendAgainOnErrorHandler()));
        await using var provider = services.BuildServiceProvider();
        Server.EnqueueFault(StoredThenFailed);

        Assert.ThrowsAsync<InstasentResendRefusedException>(() => provider.GetRequiredService<IInstasentClient>().Transactional.SendSmsAsync(Message));

        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_handler_that_sends_a_read_again_is_allowed()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
            {
                TestClients.Copy(Server.CreateClientOptions(), o);
                o.Retry.MaxRetries = 0;
            })
            .ConfigureHttpClients(b => b.AddHttpMessageHandler(() => new SendAgainOnErrorHandler()));
        await using var provider = services.BuildServiceProvider();
        Server.EnqueueFault(FakeFault.ServerError(503));

        var response = await provider.GetRequiredService<IInstasentClient>().Transactional.GetBalanceAsync();

        Assert.That(response.StatusCode, Is.EqualTo(200));
        Assert.That(Server.Requests, Has.Count.EqualTo(2), "a read is safe to repeat, so a user's own retry handler may repeat it");
    }

    [Test]
    public async Task The_sdk_own_retries_of_a_plain_send_still_pass_the_guard()
    {
        // 429 means the server did no work, so the SDK itself retries even a plain send: the guard must let it through.
        var client = CreateClient(host: HostVariance.Aspire);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")) with { Times = 2 });

        var response = await WithFakeTime(client.Transactional.SendSmsAsync(Message));

        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 429, 429, 201 }));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_client_built_without_dependency_injection_keeps_its_own_pipeline()
    {
        var options = Server.CreateClientOptions();
        options.Retry.BaseDelay = TimeSpan.Zero;
        using var client = new InstasentClient(options);
        Server.EnqueueFault(StoredThenFailed);
        Server.EnqueueFault(FakeFault.ServerError(503) with { Method = "GET" });

        Assert.ThrowsAsync<InstasentServerException>(() => client.Transactional.SendSmsAsync(Message));
        var read = await client.Transactional.GetBalanceAsync();

        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(1));
        Assert.That(read.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 503, 200 }), "the SDK's own retry of a read still works");
    }

    private static IEnumerable<HttpMessageHandler> Chain(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            yield return current;
        }
    }

    private sealed class HeaderHandler(string name, string value) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.TryAddWithoutValidation(name, value);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A naive retry handler, as apps write them: on a 5xx it sends the same request once more.</summary>
    private sealed class SendAgainOnErrorHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode < 500)
            {
                return response;
            }

            response.Dispose();
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
