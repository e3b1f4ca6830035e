using System.Net.Http.Json;
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
/// Instasent has no idempotent POST, so these tests declare a test-only operation that honours keys and send it through
/// the same named HttpClient (the same pipeline) the SDK's clients use.
/// </summary>
public sealed class IdempotencyKeyTests : FakeServerFixture
{
    private static readonly InstasentOperation KeyedPost = TransactionalFamily.Descriptor.Operation("TestKeyedPost", RetrySafety.IdempotentWithKey);
    private static readonly InstasentOperation PlainPost = TransactionalFamily.Descriptor.Operation("TestPlainPost", RetrySafety.NotIdempotent);

    [Test]
    public async Task The_same_key_is_sent_on_every_attempt_and_echoed_on_the_result()
    {
        var (executor, http) = Pipeline();
        Server.EnqueueFault(FakeFault.ServerError(500) with { Times = 2 });

        var response = await WithFakeTime(Send(executor, http, KeyedPost, null));

        var keys = Server.Requests.Select(r => r.Header("Idempotency-Key")).ToList();
        Assert.That(keys, Has.Count.EqualTo(3));
        Assert.That(keys.Distinct().Count(), Is.EqualTo(1));
        Assert.That(keys[0], Has.Length.EqualTo(32));
        Assert.That(response.IdempotencyKey, Is.EqualTo(keys[0]));
    }

    [Test]
    public async Task A_caller_key_is_used_as_is_and_appears_on_the_exception()
    {
        var (executor, http) = Pipeline(o => o.Retry.MaxRetries = 1);
        Server.EnqueueFault(FakeFault.ServerError(500) with { Times = 5 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => WithFakeTime(Send(executor, http, KeyedPost, "order-42")));

        Assert.That(Server.Requests.Select(r => r.Header("Idempotency-Key")), Is.All.EqualTo("order-42"));
        Assert.That(ex!.IdempotencyKey, Is.EqualTo("order-42"));
        Assert.That(ex.Message, Does.Contain("idempotency key order-42"));
        Assert.That(ex.Attempts, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Operations_without_key_support_send_no_key_and_are_not_retried()
    {
        var (executor, http) = Pipeline();
        Server.EnqueueFault(FakeFault.ServerError(502) with { Times = 5 });

        // A key given to an operation that cannot honour one is refused before anything is sent: it could not make a retry safe.
        var refused = Assert.Throws<ArgumentException>(() => Send(executor, http, PlainPost, "ignored"));
        Assert.That(Server.Requests, Is.Empty);
        Assert.That(refused!.Message, Does.Contain("IdempotencyKey"));

        Assert.ThrowsAsync<InstasentServerException>(() => Send(executor, http, PlainPost, null));

        Assert.That(Server.Requests.Single().Header("Idempotency-Key"), Is.Null);
    }

    [Test]
    public void Deterministic_keys_depend_only_on_the_business_ids()
    {
        var a = IdempotencyKeys.FromBusinessIds("order-42", "+34600111222");
        Assert.That(IdempotencyKeys.FromBusinessIds("order-42", "+34600111222"), Is.EqualTo(a));
        Assert.That(IdempotencyKeys.FromBusinessIds("order-4", "2+34600111222"), Is.Not.EqualTo(a));
        Assert.That(a, Does.StartWith("ik_").And.Not.Contain("34600111222"));
        Assert.Throws<ArgumentException>(() => IdempotencyKeys.FromBusinessIds());
    }

    private (InstasentOperationExecutor Executor, HttpClient Http) Pipeline(Action<InstasentClientOptions>? configure = null)
    {
        var provider = CreateProvider(configure);
        var monitor = provider.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>();
        var executor = new InstasentOperationExecutor(TransactionalFamily.Descriptor, () => monitor.Get(Options.DefaultName), Time);
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(InstasentClientServices.HttpClientName(Options.DefaultName, TransactionalFamily.Descriptor));
        return (executor, http);
    }

    private static Task<InstasentResponse<System.Text.Json.JsonElement>> Send(InstasentOperationExecutor executor, HttpClient http, InstasentOperation operation, string? key) =>
        executor.SendAsync(
            executor.CreateContext(operation, key is null ? null : new InstasentRequestOptions { IdempotencyKey = key }),
            (call, ct) =>
            {
                // The fake has no such route and answers 404, which this test treats as the success answer.
                var request = new HttpRequestMessage(HttpMethod.Post, new Uri(http.BaseAddress!, "/test/keyed")) { Content = JsonContent.Create(new { probe = 1 }) };
                request.Options.Set(InstasentCallContext.Key, call);
                return http.SendAsync(request, ct);
            },
            (body, _) => System.Text.Json.JsonDocument.Parse(body).RootElement.Clone(),
            status => status == 404,
            CancellationToken.None);
}
