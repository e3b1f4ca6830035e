using System.Diagnostics;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Instasent.Sdk.Tests.Diagnostics;

/// <summary>
/// What an OpenTelemetry backend receives for one call, one retried call and one bulk call, through the real OpenTelemetry
/// SDK and its in-memory exporter, with the runtime's own HttpClient telemetry (<c>System.Net.Http</c>) switched on as
/// an application would. The SDK's spans are Internal and the runtime's HTTP spans are the only Client spans (one
/// dependency per attempt), and the runtime's <c>http.client.request.duration</c> carries the family and operation.
/// </summary>
public sealed class OpenTelemetryExportTests
{
    private const string HttpSource = "System.Net.Http";
    private static readonly ActivitySource TestSource = new("Instasent.Sdk.Tests.Export");

    private readonly List<Activity> exportedSpans = [];
    private readonly List<MetricSnapshot> exportedMetrics = [];
    private InstasentFakeServer server = null!;
    private TracerProvider tracing = null!;
    private MeterProvider metrics = null!;

    [SetUp]
    public async Task SetUp()
    {
        // NUnit runs every test of a fixture on one instance: start each with empty exports.
        exportedSpans.Clear();
        exportedMetrics.Clear();
        server = await InstasentFakeServer.StartAsync();
        tracing = OpenTelemetry.Sdk.CreateTracerProviderBuilder()
            .AddSource(InstasentTelemetry.ActivitySourceName, HttpSource, TestSource.Name)
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(exportedSpans)
            .Build()!;
        metrics = OpenTelemetry.Sdk.CreateMeterProviderBuilder()
            .AddMeter(InstasentTelemetry.MeterName, HttpSource)
            .AddInMemoryExporter(exportedMetrics)
            .Build()!;
    }

    [TearDown]
    public async Task TearDown()
    {
        tracing.Dispose();
        metrics.Dispose();
        await server.DisposeAsync();
    }

    [Test]
    public async Task One_call_is_an_internal_span_over_one_client_http_span_and_the_runtime_duration_names_the_operation()
    {
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();

        var root = await RunInRootAsync(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hello")));

        var spans = TraceOf(root);
        var operation = spans.Single(s => s.Source.Name == InstasentTelemetry.ActivitySourceName);
        Assert.That(operation.DisplayName, Is.EqualTo("Instasent Transactional.SendSms"));
        Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Internal), "the runtime's HTTP span is the Client span");
        Assert.That(operation.ParentSpanId, Is.EqualTo(root.SpanId));
        Assert.That(operation.GetTagItem("instasent.family"), Is.EqualTo("Transactional"));
        Assert.That(operation.GetTagItem("instasent.operation"), Is.EqualTo("SendSms"));
        Assert.That(operation.GetTagItem("instasent.attempt.count"), Is.EqualTo(1));
        Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(201));
        Assert.That(operation.GetTagItem("url.template"), Is.EqualTo("/transactional/v1/sms"));

        var http = spans.Single(s => s.Kind == ActivityKind.Client);
        Assert.That(http.Source.Name, Is.EqualTo(HttpSource), "only the runtime emits Client spans");
        Assert.That(http.ParentSpanId, Is.EqualTo(operation.SpanId));
        Assert.That(http.GetTagItem("http.request.method"), Is.EqualTo("POST"));
        Assert.That(http.GetTagItem("http.response.status_code"), Is.EqualTo(201));
        Assert.That(http.GetTagItem("server.address"), Is.EqualTo("127.0.0.1"));

        var requests = Points("http.client.request.duration");
        var request = requests.Single();
        Assert.That(request.Tags["instasent.family"], Is.EqualTo("Transactional"));
        Assert.That(request.Tags["instasent.operation"], Is.EqualTo("SendSms"));
        Assert.That(request.Tags["http.response.status_code"], Is.EqualTo(201));
        Assert.That(request.Tags["http.request.method"], Is.EqualTo("POST"));
        Assert.That(request.Count, Is.EqualTo(1));

        var op = Points("instasent.client.operation.duration").Single();
        Assert.That(op.Tags["instasent.family"], Is.EqualTo("Transactional"));
        Assert.That(op.Tags["instasent.operation"], Is.EqualTo("SendSms"));
        Assert.That(op.Tags["http.response.status_code"], Is.EqualTo(201));
        Assert.That(op.Count, Is.EqualTo(1));
        Assert.That(SdkInstrumentNames(), Is.EquivalentTo(new[] { "instasent.client.operation.duration" }), "no attempt instruments: the runtime's duration counts attempts");
    }

    [Test]
    public async Task Retried_call_is_one_internal_span_with_a_retry_event_over_one_client_span_per_attempt()
    {
        var time = new TestClock();
        await using var sp = TestClients.Create(server, time: time);
        var client = sp.GetRequiredService<IInstasentClient>();
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "2")));

        var root = await RunInRootAsync(() => TestClients.RunWithFakeTimeAsync(client.Legacy.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hi")), time, TimeSpan.FromMilliseconds(500)));

        var spans = TraceOf(root);
        var operation = spans.Single(s => s.Source.Name == InstasentTelemetry.ActivitySourceName);
        Assert.That(operation.DisplayName, Is.EqualTo("Instasent Legacy.SendSms"));
        Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Internal));
        Assert.That(operation.GetTagItem("instasent.attempt.count"), Is.EqualTo(2));
        Assert.That(operation.GetTagItem("http.response.status_code"), Is.EqualTo(201));
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Unset));
        var retry = operation.Events.Single();
        Assert.That(retry.Name, Is.EqualTo("instasent.retry"));
        var retryTags = retry.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.That(retryTags["instasent.attempt.number"], Is.EqualTo(1));
        Assert.That(retryTags["http.response.status_code"], Is.EqualTo(429));
        Assert.That(retryTags["instasent.retry.delay_source"], Is.EqualTo("retry_after"));

        var attempts = spans.Where(s => s.Kind == ActivityKind.Client).OrderBy(s => s.StartTimeUtc).ToList();
        Assert.That(attempts.Select(a => a.Source.Name), Is.All.EqualTo(HttpSource));
        Assert.That(attempts.Select(a => a.ParentSpanId), Is.All.EqualTo(operation.SpanId), "each attempt is a child of the operation");
        Assert.That(attempts.Select(a => a.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 429, 201 }));

        var requests = Points("http.client.request.duration");
        Assert.That(requests.Select(r => r.Tags["http.response.status_code"]), Is.EquivalentTo(new object[] { 429, 201 }));
        Assert.That(requests.Select(r => r.Tags["instasent.family"]), Is.All.EqualTo("Legacy"));
        Assert.That(requests.Select(r => r.Tags["instasent.operation"]), Is.All.EqualTo("SendSms"));
        Assert.That(requests.Sum(r => r.Count), Is.EqualTo(2));

        var retries = Points("instasent.client.retries").Single();
        Assert.That(retries.Sum, Is.EqualTo(1));
        Assert.That(retries.Tags["instasent.retry.delay_source"], Is.EqualTo("retry_after"));
        var wait = Points("instasent.client.rate_limit.wait").Single();
        Assert.That(wait.Count, Is.EqualTo(1));
        Assert.That(wait.Sum, Is.InRange(2.0, 2.2));
        var op = Points("instasent.client.operation.duration").Single();
        Assert.That(op.Count, Is.EqualTo(1));
        Assert.That(op.Sum, Is.GreaterThanOrEqualTo(2.0), "the operation's duration includes the wait (on the client's clock)");
    }

    [Test]
    public async Task Bulk_call_is_an_internal_parent_over_internal_batch_spans_each_over_its_client_http_span()
    {
        await using var sp = TestClients.Create(server);
        var client = sp.GetRequiredService<IInstasentClient>();
        var messages = Enumerable.Range(0, 250).Select(i => new SmsRequest("Acme", i % 50 == 7 ? "12345" : $"+3460{i:D7}", $"m{i}")).ToList();

        var root = await RunInRootAsync(() => client.Transactional.SendBulkSmsAsync(messages));

        var spans = TraceOf(root);
        var bulk = spans.Single(s => s.ParentSpanId == root.SpanId);
        Assert.That(bulk.Source.Name, Is.EqualTo(InstasentTelemetry.ActivitySourceName));
        Assert.That(bulk.DisplayName, Is.EqualTo("Instasent Transactional.SendBulkSms"));
        Assert.That(bulk.Kind, Is.EqualTo(ActivityKind.Internal));
        Assert.That(bulk.GetTagItem("instasent.batch.item_count"), Is.EqualTo(250));
        Assert.That(bulk.GetTagItem("instasent.batch.count"), Is.EqualTo(3));
        Assert.That(bulk.GetTagItem("instasent.batch.rejected"), Is.EqualTo(5));

        var batches = spans.Where(s => s.ParentSpanId == bulk.SpanId).ToList();
        Assert.That(batches, Has.Count.EqualTo(3));
        Assert.That(batches.Select(b => b.Kind), Is.All.EqualTo(ActivityKind.Internal));
        Assert.That(batches.Select(b => b.Source.Name), Is.All.EqualTo(InstasentTelemetry.ActivitySourceName));
        Assert.That(batches.Select(b => b.GetTagItem("url.template")), Is.All.EqualTo("/transactional/v1/sms/bulk"));

        var https = spans.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.That(https, Has.Count.EqualTo(3));
        Assert.That(https.Select(h => h.Source.Name), Is.All.EqualTo(HttpSource));
        Assert.That(https.Select(h => h.ParentSpanId), Is.EquivalentTo(batches.Select(b => b.SpanId)), "one HTTP span under each batch span");

        var requests = Points("http.client.request.duration");
        Assert.That(requests.Sum(r => r.Count), Is.EqualTo(3));
        Assert.That(requests.Select(r => r.Tags["instasent.family"]), Is.All.EqualTo("Transactional"));
        Assert.That(requests.Select(r => r.Tags["instasent.operation"]), Is.All.EqualTo("SendBulkSms"));

        var items = Points("instasent.client.bulk.items").ToDictionary(p => (string)p.Tags["instasent.item.status"]!, p => p.Sum);
        Assert.That(items["accepted"], Is.EqualTo(245));
        Assert.That(items["rejected"], Is.EqualTo(5));
        Assert.That(Points("instasent.client.operation.duration").Sum(p => p.Count), Is.EqualTo(3), "one operation per batch request");
    }

    private static async Task<Activity> RunInRootAsync<T>(Func<Task<T>> call)
    {
        using var root = TestSource.StartActivity("test-root")!;
        await call();
        return root;
    }

    private List<Activity> TraceOf(Activity root)
    {
        tracing.ForceFlush();
        return [.. exportedSpans.Where(s => s.TraceId == root.TraceId && s != root)];
    }

    private List<Point> Points(string instrument)
    {
        metrics.ForceFlush();
        // Cumulative temporality: the last export holds every point since the provider started.
        var metric = exportedMetrics.LastOrDefault(m => m.Name == instrument);
        if (metric is null)
        {
            return [];
        }

        var points = new List<Point>();
        foreach (var point in metric.MetricPoints)
        {
            var tags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags)
            {
                tags[tag.Key] = tag.Value;
            }

            var histogram = metric.MetricType is MetricType.Histogram or MetricType.ExponentialHistogram;
            points.Add(histogram
                ? new Point(tags, point.GetHistogramCount(), point.GetHistogramSum())
                : new Point(tags, 1, metric.MetricType == MetricType.LongSum ? point.GetSumLong() : point.GetSumDouble()));
        }

        return points;
    }

    private List<string> SdkInstrumentNames()
    {
        metrics.ForceFlush();
        return [.. exportedMetrics.Where(m => m.MeterName == InstasentTelemetry.MeterName && m.MetricPoints.Count > 0).Select(m => m.Name).Distinct()];
    }

    private sealed record Point(Dictionary<string, object?> Tags, long Count, double Sum);
}
