using System.Net.Http.Json;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// <see cref="InstasentRequestOptions"/> and <see cref="IInstasentTokenProvider"/> through the real pipeline. Family
/// signatures are not used (they change per family): test-only operations go through the named HttpClient every
/// family uses, and the fake answers their unknown path with 404, which these tests accept as the answer.
/// </summary>
public sealed class RequestOptionsTests : FakeServerFixture
{
    private static readonly InstasentOperation Read = TransactionalFamily.Descriptor.Operation("TestRead", RetrySafety.Idempotent);
    private static readonly InstasentOperation KeyedPost = TransactionalFamily.Descriptor.Operation("TestKeyedPost", RetrySafety.IdempotentWithKey);

    [Test]
    public async Task A_per_call_token_wins_over_every_provider_and_the_configured_token()
    {
        var clientProvider = new RotatingProvider("tok-client");
        var callProvider = new RotatingProvider("tok-call-provider");
        var (executor, http) = Pipeline(configureClient: b => b.UseTokenProvider(_ => clientProvider));

        await Send(executor, http, Read, new InstasentRequestOptions { Token = "  tok-call  ", TokenProvider = callProvider });

        Assert.That(Server.Requests.Single().BearerToken, Is.EqualTo("tok-call"));
        Assert.That(callProvider.Calls, Is.Zero);
        Assert.That(clientProvider.Calls, Is.Zero);
    }

    [Test]
    public async Task A_per_call_provider_wins_over_the_client_provider_and_is_read_per_attempt()
    {
        var clientProvider = new RotatingProvider("tok-client");
        var callProvider = new RotatingProvider("tok-tenant");
        var (executor, http) = Pipeline(configureClient: b => b.UseTokenProvider(_ => clientProvider));
        Server.EnqueueFault(FakeFault.ServerError(500));

        await WithFakeTime(Send(executor, http, Read, new InstasentRequestOptions { TokenProvider = callProvider }));

        Assert.That(Server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "tok-tenant-1", "tok-tenant-2" }));
        Assert.That(clientProvider.Calls, Is.Zero);
        Assert.That(callProvider.Contexts[0].Family, Is.EqualTo("Transactional"));
        Assert.That(callProvider.Contexts[0].Operation, Is.EqualTo("Transactional.TestRead"));
        Assert.That(callProvider.Contexts[0].ClientName, Is.EqualTo(Options.DefaultName));
    }

    [Test]
    public async Task A_client_provider_from_dependency_injection_is_read_per_attempt()
    {
        var clientProvider = new RotatingProvider("tok-vault");
        var (executor, http) = Pipeline(configureClient: b => b.UseTokenProvider(_ => clientProvider));
        Server.EnqueueFault(FakeFault.ServerError(503));

        await WithFakeTime(Send(executor, http, Read, null));

        // The retry uses the rotated token, not the one of the first attempt.
        Assert.That(Server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "tok-vault-1", "tok-vault-2" }));
    }

    [Test]
    public async Task A_client_provider_given_to_the_constructor_is_read_per_attempt_and_no_configured_token_is_needed()
    {
        var options = Server.CreateClientOptions();
        ClearTokens(options);
        options.AttemptTimeout = TimeSpan.FromMinutes(10);
        options.TotalTimeout = TimeSpan.FromMinutes(30);

        // Without a provider, a client with no token at all does not start.
        Assert.Throws<OptionsValidationException>(() => new InstasentClient(options, timeProvider: Time).Dispose());

        var provider = new RotatingProvider("tok-ctor");
        using var client = new InstasentClient(options, timeProvider: Time, tokenProvider: provider);
        Server.EnqueueFault(FakeFault.ServerError(500));

        Assert.CatchAsync<InstasentNotFoundException>(() => TestClients.RunWithFakeTimeAsync(client.Transactional.GetSmsAsync("sms-missing"), Time, TimeSpan.FromSeconds(0.25)));

        Assert.That(Server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "tok-ctor-1", "tok-ctor-2" }));
    }

    [Test]
    public void Start_up_validation_accepts_no_configured_token_when_a_provider_is_registered()
    {
        var withProvider = Tracked(TestClients.Create(Server, ClearTokens, Time, configureClient: b => b.UseTokenProvider(_ => new RotatingProvider("t"))));
        Assert.That(withProvider.GetRequiredService<IInstasentClient>(), Is.Not.Null);

        var without = Tracked(TestClients.Create(Server, ClearTokens, Time));
        var ex = Assert.Throws<OptionsValidationException>(() => without.GetRequiredService<IInstasentClient>());
        Assert.That(ex!.Message, Does.Contain("token provider"));
    }

    [Test]
    public async Task A_provider_answering_null_falls_back_to_the_configured_token()
    {
        var configured = Server.CreateClientOptions().Transactional.Token;
        var clientProvider = new RotatingProvider(null);
        var callProvider = new RotatingProvider(null);
        var (executor, http) = Pipeline(configureClient: b => b.UseTokenProvider(_ => clientProvider));

        await Send(executor, http, Read, new InstasentRequestOptions { TokenProvider = callProvider });

        Assert.That(Server.Requests.Single().BearerToken, Is.EqualTo(configured));
        Assert.That(callProvider.Calls, Is.EqualTo(1));
        Assert.That(clientProvider.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_per_call_timeout_bounds_the_call_on_the_fake_clock()
    {
        var (executor, http) = Pipeline();
        Server.EnqueueFault(FakeFault.Hung() with { Times = 20 });
        var start = Time.GetUtcNow();

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(Send(executor, http, Read, new InstasentRequestOptions { Timeout = TimeSpan.FromSeconds(7) })));

        // The client's TotalTimeout is 30 minutes (TestClients); the call's 7 s is what ended it.
        Assert.That(ex!.Kind, Is.EqualTo(TransportFailureKind.Timeout));
        Assert.That(Time.GetUtcNow() - start, Is.InRange(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8)));
    }

    [Test]
    public async Task A_per_call_rate_limit_mode_overrides_the_client_mode()
    {
        var (executor, http) = Pipeline(o => o.Retry.RateLimitMode = RateLimitMode.Wait);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => WithFakeTime(Send(executor, http, Read, new InstasentRequestOptions { RateLimitMode = RateLimitMode.Throw })));
        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(Server.RequestCount, Is.EqualTo(1));

        // The other way round: a client that throws, a call that waits.
        var (throwing, throwingHttp) = Pipeline(o => o.Retry.RateLimitMode = RateLimitMode.Throw);
        Server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));
        var response = await WithFakeTime(Send(throwing, throwingHttp, Read, new InstasentRequestOptions { RateLimitMode = RateLimitMode.Wait }));
        Assert.That(response.Attempts, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Extra_headers_reach_the_wire_on_every_attempt()
    {
        var (executor, http) = Pipeline();
        Server.EnqueueFault(FakeFault.ServerError(500) with { Times = 2 });
        var headers = new Dictionary<string, string> { ["X-Correlation-Id"] = "corr-1", ["User-Agent"] = "my-app/2" };

        await WithFakeTime(Send(executor, http, Read, new InstasentRequestOptions { Headers = headers }));

        Assert.That(Server.Requests, Has.Count.EqualTo(3));
        Assert.That(Server.Requests.Select(r => r.Header("X-Correlation-Id")), Is.All.EqualTo("corr-1"));
        Assert.That(Server.Requests.Select(r => r.Header("User-Agent")), Is.All.EqualTo("my-app/2"));
    }

    [TestCase("Authorization")]
    [TestCase("authorization")]
    [TestCase("Idempotency-Key")]
    [TestCase("Content-Type")]
    [TestCase("Content-Length")]
    [TestCase("Host")]
    public void Reserved_headers_are_refused_before_anything_is_sent(string name)
    {
        var (executor, http) = Pipeline();

        var ex = Assert.Throws<ArgumentException>(() => Send(executor, http, KeyedPost, new InstasentRequestOptions { Headers = new Dictionary<string, string> { [name] = "Bearer tok-sneaky" } }));

        Assert.That(ex!.Message, Does.Contain(name).And.Not.Contain("tok-sneaky"));
        Assert.That(Server.Requests, Is.Empty);
    }

    [Test]
    public void Bad_per_call_options_are_refused_before_anything_is_sent()
    {
        var (executor, http) = Pipeline();

        Assert.Throws<ArgumentException>(() => Send(executor, http, Read, new InstasentRequestOptions { Headers = new Dictionary<string, string> { ["X-Evil"] = "a\r\nAuthorization: x" } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Send(executor, http, Read, new InstasentRequestOptions { Timeout = TimeSpan.Zero }));
        var blank = Assert.Throws<ArgumentException>(() => Send(executor, http, Read, new InstasentRequestOptions { Token = "tok\nsecret" }));
        Assert.That(blank!.Message, Does.Not.Contain("secret"));
        Assert.Throws<ArgumentException>(() => Send(executor, http, KeyedPost, new InstasentRequestOptions { IdempotencyKey = new string('k', 256) }));
        Assert.That(Server.Requests, Is.Empty);
    }

    [Test]
    public async Task A_per_call_idempotency_key_is_sent_on_every_attempt()
    {
        var (executor, http) = Pipeline();
        Server.EnqueueFault(FakeFault.ServerError(503) with { Times = 2 });

        var response = await WithFakeTime(Send(executor, http, KeyedPost, new InstasentRequestOptions { IdempotencyKey = "order-7" }));

        Assert.That(Server.Requests.Select(r => r.Header("Idempotency-Key")), Is.EqualTo(new[] { "order-7", "order-7", "order-7" }));
        Assert.That(response.IdempotencyKey, Is.EqualTo("order-7"));
    }

    [Test]
    public async Task Tokens_from_options_and_providers_never_appear_in_exceptions_or_to_string()
    {
        var options = new InstasentRequestOptions
        {
            Token = "tok-call-SECRET",
            Headers = new Dictionary<string, string> { ["X-Api-Secret"] = "hdr-SECRET" },
        };
        Assert.That(options.ToString(), Does.Not.Contain("SECRET").And.Contain("X-Api-Secret"));

        var (executor, http) = Pipeline(configureClient: b => b.UseTokenProvider(_ => new RotatingProvider("tok-provider-SECRET")));
        Server.EnqueueFault(FakeFault.Json(401, """{"message":"Invalid token tok-call-SECRET"}"""));
        var fromCall = Assert.ThrowsAsync<InstasentAuthenticationException>(() => Send(executor, http, Read, options));
        Assert.That(fromCall!.ToString() + fromCall.ApiMessage + fromCall.ResponseBody, Does.Not.Contain("tok-call-SECRET"));

        Server.EnqueueFault(FakeFault.Json(401, """{"message":"Invalid token tok-provider-SECRET-1"}"""));
        var fromProvider = Assert.ThrowsAsync<InstasentAuthenticationException>(() => Send(executor, http, Read, null));
        Assert.That(fromProvider!.ToString() + fromProvider.ApiMessage + fromProvider.ResponseBody, Does.Not.Contain("tok-provider-SECRET"));

        var (bad, badHttp) = Pipeline(configureClient: b => b.UseTokenProvider(_ => new RotatingProvider("tok\u0001SECRET")));
        var control = Assert.ThrowsAsync<InstasentConfigurationException>(() => Send(bad, badHttp, Read, null));
        Assert.That(control!.ToString(), Does.Not.Contain("SECRET"));
        Assert.That(Server.Requests, Has.Count.EqualTo(2));
        Assert.That(new InstasentTokenContext("tenant-a", "Transactional", "Transactional.SendSms").ToString(), Does.Contain("tenant-a"));
    }

    [Test]
    public async Task The_response_exposes_the_wire_headers_without_case_and_joins_repeated_ones()
    {
        var (executor, http) = Pipeline(configureClient: b => b.ConfigureHttpClients(h => h.AddHttpMessageHandler(() => new RepeatHeaderHandler("X-Multi", "second"))));
        Server.EnqueueFault(FakeFault.Json(404, "{}") with { Headers = new Dictionary<string, string> { ["X-Custom"] = "v1", ["X-Multi"] = "first", ["X-Request-Id"] = "req-9" } });

        var response = await Send(executor, http, Read, null);

        Assert.That(response.Headers["x-custom"], Is.EqualTo("v1"));
        Assert.That(response.Headers["X-CUSTOM"], Is.EqualTo("v1"));
        Assert.That(response.Headers["X-Multi"], Is.EqualTo("first, second"));
        Assert.That(response.Headers["content-type"], Does.StartWith("application/json"));
        Assert.That(response.RequestId, Is.EqualTo("req-9"));
        Assert.That(response.Headers, Is.InstanceOf<IReadOnlyDictionary<string, string>>());
        Assert.That(response.WithValue(1).Headers["X-Custom"], Is.EqualTo("v1"));
        Assert.That(new InstasentResponse<int>(1, headers: new Dictionary<string, string> { ["A"] = "b" }).Headers["a"], Is.EqualTo("b"));
        Assert.That(new InstasentResponse<int>(1).Headers, Is.Empty);
    }

    private static void ClearTokens(InstasentClientOptions o)
    {
        o.Legacy.Token = null;
        o.Transactional.Token = null;
        o.Product.Token = null;
        o.Ingest.Token = null;
        o.Ingest.Datasources.Clear();
        o.LynSms.Token = null;
        o.Hellio.Token = null;
    }

    private ServiceProvider Tracked(ServiceProvider provider)
    {
        base.Track(provider);
        return provider;
    }

    private (InstasentOperationExecutor Executor, HttpClient Http) Pipeline(Action<InstasentClientOptions>? configure = null, Action<IInstasentClientBuilder>? configureClient = null)
    {
        var provider = Tracked(TestClients.Create(Server, configure, Time, Logs, configureClient: configureClient));
        var monitor = provider.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>();
        var executor = new InstasentOperationExecutor(TransactionalFamily.Descriptor, () => monitor.Get(Options.DefaultName), Time);
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(InstasentClientServices.HttpClientName(Options.DefaultName, TransactionalFamily.Descriptor));
        return (executor, http);
    }

    private static Task<InstasentResponse<string>> Send(InstasentOperationExecutor executor, HttpClient http, InstasentOperation operation, InstasentRequestOptions? options) =>
        executor.SendAsync(
            executor.CreateContext(operation, options),
            (call, ct) =>
            {
                var request = new HttpRequestMessage(operation.Safety == RetrySafety.Idempotent ? HttpMethod.Get : HttpMethod.Post, new Uri(http.BaseAddress!, "/test/options"));
                if (request.Method == HttpMethod.Post)
                {
                    request.Content = JsonContent.Create(new { probe = 1 });
                }

                request.Options.Set(InstasentCallContext.Key, call);
                return http.SendAsync(request, ct);
            },
            (body, _) => System.Text.Encoding.UTF8.GetString(body.Span),
            status => status == 404,
            CancellationToken.None);

    /// <summary>Answers <c>prefix-1</c>, <c>prefix-2</c>, … (a token rotated between attempts), or always <see langword="null"/>.</summary>
    private sealed class RotatingProvider(string? prefix) : IInstasentTokenProvider
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public List<InstasentTokenContext> Contexts { get; } = [];

        public ValueTask<string?> GetTokenAsync(InstasentTokenContext context, CancellationToken cancellationToken)
        {
            lock (Contexts)
            {
                Contexts.Add(context);
            }

            var n = Interlocked.Increment(ref calls);
            return ValueTask.FromResult(prefix is null ? null : prefix.Contains('\u0001', StringComparison.Ordinal) ? prefix : $"{prefix}-{n}");
        }
    }

    /// <summary>Adds a second value to a response header, as a server sending it twice would.</summary>
    private sealed class RepeatHeaderHandler(string name, string value) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.Headers.TryAddWithoutValidation(name, value);
            return response;
        }
    }
}
