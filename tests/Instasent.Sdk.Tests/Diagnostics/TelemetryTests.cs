using System.Diagnostics;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Diagnostics;

public sealed class TelemetryTests
{
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    [Test]
    public async Task SendSms_emits_one_internal_span_with_its_tags_and_the_operation_duration()
    {
        using var capture = new TelemetryCapture();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        var response = await client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hello"));

        var span = capture.Spans.Single();
        Assert.That(span.DisplayName, Is.EqualTo("Instasent Transactional.SendSms"));
        Assert.That(span.Kind, Is.EqualTo(ActivityKind.Internal));
        Assert.That(span.ParentSpanId, Is.EqualTo(capture.RootSpanId));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset));
        Assert.That(span.GetTagItem("instasent.family"), Is.EqualTo("Transactional"));
        Assert.That(span.GetTagItem("instasent.operation"), Is.EqualTo("SendSms"));
        Assert.That(span.GetTagItem("instasent.attempt.count"), Is.EqualTo(1));
        Assert.That(span.GetTagItem("instasent.idempotency_key.sent"), Is.EqualTo(false));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(201));
        Assert.That(span.GetTagItem("http.request.method"), Is.EqualTo("POST"));
        Assert.That(span.GetTagItem("url.template"), Is.EqualTo("/transactional/v1/sms"));
        Assert.That(span.GetTagItem("server.address"), Is.EqualTo("127.0.0.1"));
        Assert.That(span.GetTagItem("instasent.request_id"), Is.EqualTo(response.RequestId));
        Assert.That(span.GetTagItem("instasent.rate_limit.remaining"), Is.EqualTo(response.RateLimit!.Remaining));
        Assert.That(span.GetTagItem("error.type"), Is.Null);

        var duration = capture.Of("instasent.client.operation.duration").Single();
        Assert.That(duration.Unit, Is.EqualTo("s"));
        Assert.That(duration.Value, Is.GreaterThan(0).And.LessThan(60));
        Assert.That(duration.Tag("instasent.family"), Is.EqualTo("Transactional"));
        Assert.That(duration.Tag("instasent.operation"), Is.EqualTo("SendSms"));
        Assert.That(duration.Tag("http.response.status_code"), Is.EqualTo(201));
        Assert.That(capture.Measurements.Select(m => m.Instrument), Is.All.EqualTo("instasent.client.operation.duration"), "attempts are measured by the runtime's http.client.request.duration");
        Assert.That(capture.Of("instasent.client.retries"), Is.Empty);
    }

    [Test]
    public async Task Retry_after_429_is_a_span_event_and_counts_as_a_retry_and_a_rate_limit_wait()
    {
        using var capture = new TelemetryCapture();
        var time = new TestClock();
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>();
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));

        await TestClients.RunWithFakeTimeAsync(client.Legacy.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hi")), time, TimeSpan.FromMilliseconds(500));

        var span = capture.Spans.Single();
        Assert.That(span.DisplayName, Is.EqualTo("Instasent Legacy.SendSms"));
        Assert.That(span.GetTagItem("instasent.attempt.count"), Is.EqualTo(2));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(201));
        var retry = span.Events.Single();
        Assert.That(retry.Name, Is.EqualTo("instasent.retry"));
        var tags = retry.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.That(tags["instasent.attempt.number"], Is.EqualTo(1));
        Assert.That(tags["http.response.status_code"], Is.EqualTo(429));
        // The server's 2 s plus up to 10 % jitter.
        Assert.That((double)tags["instasent.retry.delay"]!, Is.InRange(2.0, 2.2));
        Assert.That(tags["instasent.retry.delay_source"], Is.EqualTo("retry_after"));

        var retries = capture.Of("instasent.client.retries").Single();
        Assert.That(retries.Value, Is.EqualTo(1));
        Assert.That(retries.Tag("instasent.retry.delay_source"), Is.EqualTo("retry_after"));
        Assert.That(capture.Of("instasent.client.rate_limit.wait").Single().Value, Is.InRange(2.0, 2.2));
        // The operation duration runs on the injected clock, so the 2 s wait is in it.
        Assert.That(capture.Of("instasent.client.operation.duration").Single().Value, Is.GreaterThanOrEqualTo(2.0));
    }

    [Test]
    public async Task Backoff_retries_after_a_dropped_connection_are_events_with_the_failure_kind()
    {
        using var capture = new TelemetryCapture();
        var time = new TestClock();
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>();
        var sent = await client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hi"));
        server.EnqueueFault(FakeFault.ConnectionReset() with { Method = "GET" });

        await TestClients.RunWithFakeTimeAsync(client.Transactional.GetSmsAsync(sent.Value.Id), time, TimeSpan.FromMilliseconds(100));

        var span = capture.Spans.Single(s => s.DisplayName == "Instasent Transactional.GetSms");
        Assert.That(span.GetTagItem("url.template"), Is.EqualTo("/transactional/v1/sms/{id}"));
        var retry = span.Events.Single().Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.That(retry["instasent.retry.delay_source"], Is.EqualTo("backoff"));
        Assert.That(retry["instasent.attempt.outcome"], Does.StartWith("connection"));
        Assert.That(retry.ContainsKey("http.response.status_code"), Is.False);
        Assert.That(capture.Of("instasent.client.rate_limit.wait"), Is.Empty, "a backoff after a dropped connection is not a rate-limit wait");
    }

    [Test]
    public async Task Api_error_marks_the_span_as_error_with_the_status_as_error_type()
    {
        using var capture = new TelemetryCapture();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        Assert.ThrowsAsync<InstasentNotFoundException>(() => client.Transactional.GetSmsAsync("sms_missing"));

        var span = capture.Spans.Single();
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(span.StatusDescription, Is.EqualTo("404"));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo("404"));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.EqualTo(404));
        Assert.That(span.Events, Is.Empty, "exceptions are not recorded as events: their messages may echo what the server was sent");
        var duration = capture.Of("instasent.client.operation.duration").Single();
        Assert.That(duration.Tag("error.type"), Is.EqualTo("404"));
    }

    [Test]
    public async Task Transport_failure_on_a_send_gives_a_transport_error_type()
    {
        using var capture = new TelemetryCapture();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        server.EnqueueFault(FakeFault.ConnectionReset());

        Assert.ThrowsAsync<InstasentTransportException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hi")));

        var span = capture.Spans.Single();
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(span.GetTagItem("error.type"), Is.EqualTo("connection_lost"));
        Assert.That(span.GetTagItem("http.response.status_code"), Is.Null);
        Assert.That(span.GetTagItem("instasent.attempt.count"), Is.EqualTo(1));
    }

    [Test]
    public async Task Bulk_gets_a_parent_span_with_item_counts_over_one_operation_span_per_batch()
    {
        using var capture = new TelemetryCapture();
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        var messages = Enumerable.Range(0, 250).Select(i => new SmsRequest("Acme", i % 50 == 7 ? "12345" : $"+3460{i:D7}", $"m{i}")).ToList();

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        var parent = capture.Spans.Single(s => s.ParentSpanId == capture.RootSpanId);
        Assert.That(parent.Kind, Is.EqualTo(ActivityKind.Internal));
        Assert.That(parent.DisplayName, Is.EqualTo("Instasent Transactional.SendBulkSms"));
        Assert.That(parent.GetTagItem("instasent.batch.item_count"), Is.EqualTo(250));
        Assert.That(parent.GetTagItem("instasent.batch.count"), Is.EqualTo(3));
        Assert.That(parent.GetTagItem("instasent.batch.accepted"), Is.EqualTo(result.AcceptedCount));
        Assert.That(parent.GetTagItem("instasent.batch.rejected"), Is.EqualTo(5));
        Assert.That(parent.GetTagItem("instasent.batch.failed"), Is.EqualTo(0));
        Assert.That(parent.Status, Is.EqualTo(ActivityStatusCode.Unset));
        var children = capture.Spans.Where(s => s != parent).ToList();
        Assert.That(children, Has.Count.EqualTo(3));
        Assert.That(children.Select(c => c.ParentSpanId), Is.All.EqualTo(parent.SpanId));
        Assert.That(children.Select(c => c.GetTagItem("url.template")), Is.All.EqualTo("/transactional/v1/sms/bulk"));

        var items = capture.Of("instasent.client.bulk.items").ToDictionary(m => (string)m.Tag("instasent.item.status")!, m => m.Value);
        Assert.That(items["accepted"], Is.EqualTo(245));
        Assert.That(items["rejected"], Is.EqualTo(5));
        Assert.That(items.ContainsKey("failed"), Is.False);
        Assert.That(result.Items.Count(i => i.Status == BatchItemStatus.Accepted), Is.EqualTo(245));
    }

    [Test]
    public async Task Nothing_is_observed_and_no_span_is_current_when_nobody_listens()
    {
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        Assert.That(InstasentInstrumentation.OperationObserved, Is.False);
        Assert.That(InstasentInstrumentation.BatchObserved, Is.False);

        await client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hello"));
        Assert.That(Activity.Current, Is.Null);

        using (var capture = new TelemetryCapture())
        {
            Assert.That(InstasentInstrumentation.OperationObserved, Is.True);
        }

        Assert.That(InstasentInstrumentation.OperationObserved, Is.False, "listening stops with the listener");
    }
}
