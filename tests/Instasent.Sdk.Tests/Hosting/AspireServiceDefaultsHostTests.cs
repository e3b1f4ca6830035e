using System.Diagnostics;
using Instasent.Sdk.Batching;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Instasent.Sdk.Tests.Hosting;

/// <summary>
/// The SDK inside a real generic host wired the way a .NET Aspire ServiceDefaults project wires every service:
/// <c>ConfigureHttpClientDefaults</c> with the standard resilience handler, service discovery and an observing handler,
/// OpenTelemetry tracing and metrics (exported in memory), options bound from configuration, and Development-mode
/// service validation. The main flows must behave exactly as without the host.
/// </summary>
public sealed class AspireServiceDefaultsHostTests
{
    private const string Token = "fake-token-3f9c";
    private const string Recipient = "+34600111222";
    private const string Text = "Your code is 7391";

    private TestClock time = null!;
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task StartServerAsync()
    {
        time = new TestClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
    }

    [TearDown]
    public async Task StopServerAsync() => await server.DisposeAsync();

    [Test]
    public async Task Send_bulk_list_and_a_keyed_hellio_send_work_and_are_traced_under_service_defaults()
    {
        using var app = BuildHost(out var telemetry);
        await app.StartAsync();
        var client = app.Services.GetRequiredService<IInstasentClient>();

        var sent = await RunAsync(client.Transactional.SendSmsAsync(new SmsRequest("Acme", Recipient, Text) { ClientId = "one" }));
        var bulk = await RunAsync(client.Transactional.SendBulkSmsAsync(
            Enumerable.Range(0, 250).Select(i => new SmsRequest("Acme", $"+346{i:D8}", $"Bulk {i}") { ClientId = $"b{i}" })));
        var listed = await RunAsync(CountAsync(client.Transactional.ListSmsAsync()));
        server.EnqueueFault(FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, PathEndsWith = "/sms/send" });
        var hellio = await RunAsync(client.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], Text)));
        await app.StopAsync();

        Assert.That(sent.Attempts, Has.Count.EqualTo(1));
        Assert.That(bulk.AcceptedCount, Is.EqualTo(250));
        Assert.That(bulk.Items.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        Assert.That(server.Sms.Messages, Has.Count.EqualTo(251), "one SMS plus the bulk, each stored once");
        Assert.That(listed, Is.EqualTo(251));
        Assert.That(hellio.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 202 }), "the SDK retried its keyed send once; the host's retry was not there to add more");
        Assert.That(hellio.IdempotentReplayed, Is.True);
        Assert.That(server.Hellio.Messages, Has.Count.EqualTo(1));
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/sms/send", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(telemetry.HostHandlerRequests, Is.EqualTo(server.RequestCount - 1), "the host's observing handler stays in the chain, outside the SDK's retry: it sees each call once, the Hellio retry stays inside");

        var sdkSpans = telemetry.Spans.Where(a => a.Source.Name == InstasentTelemetry.ActivitySourceName).ToList();
        Assert.That(sdkSpans.Select(a => a.TraceId).Distinct().Count(), Is.GreaterThanOrEqualTo(4), "each flow is exported as its own trace");
        Assert.That(telemetry.Spans.Count(a => a.Source.Name == "System.Net.Http"), Is.EqualTo(server.RequestCount), "the runtime's HTTP span per attempt, parented under the SDK's");
        Assert.That(
            telemetry.Spans.Where(a => a.Source.Name == "System.Net.Http").Select(a => a.Parent?.Source.Name),
            Is.All.EqualTo(InstasentTelemetry.ActivitySourceName));
        var tagValues = telemetry.Spans.SelectMany(a => a.TagObjects).Select(t => t.Value?.ToString() ?? string.Empty).ToList();
        Assert.That(tagValues, Has.None.Contains(Token).And.None.Contains("600111222").And.None.Contains(Text), "no token, phone number or text in exported spans");

        telemetry.Flush();
        Assert.That(telemetry.Metrics.Select(m => m.MeterName), Does.Contain(InstasentTelemetry.MeterName));
        Assert.That(telemetry.Metrics.Select(m => m.Name), Does.Contain("http.client.request.duration"));
    }

    [Test]
    public async Task A_plain_send_the_server_stored_then_failed_is_stored_once_and_fails_typed()
    {
        using var app = BuildHost(out var telemetry);
        await app.StartAsync();
        var client = app.Services.GetRequiredService<IInstasentClient>();
        server.EnqueueFault(FakeFault.ServerError(500) with { Timing = FaultTiming.AfterHandling, Method = "POST", PathEndsWith = "/sms" });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => RunAsync(client.Transactional.SendSmsAsync(new SmsRequest("Acme", Recipient, Text))));
        await app.StopAsync();

        Assert.That(server.Sms.Messages, Has.Count.EqualTo(1), "the server stored it once; neither the SDK nor the host sent it again");
        Assert.That(server.Requests, Has.Count.EqualTo(1));
        Assert.That(ex!.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500 }));
        Assert.That(ex.Message, Does.Not.Contain(Token).And.Not.Contain(Text));
        Assert.That(telemetry.HostHandlerRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task Stopping_the_application_mid_bulk_keeps_one_outcome_per_message()
    {
        // The second bulk request is held after the server stored it, so the stop lands while it is in flight.
        var gate = new ResponseGate("/sms/bulk", 2);
        var messages = Enumerable.Range(0, 500).Select(i => new SmsRequest("Acme", $"+346{i:D8}", $"Bulk {i}") { ClientId = $"c{i}" }).ToList();
        var worker = new BulkWorker((client, token) => client.Transactional.SendBulkSmsAsync(messages, cancellationToken: token));
        using var app = BuildHost(out _, gate, worker, o => o.BulkConcurrency = 1);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();

        var run = app.RunAsync();
        await gate.HeldAsync(2);
        lifetime.StopApplication();
        // The host cancels its workers' stopping token on its own thread once the stop begins.
        await worker.Stopping.WaitAsync(TimeSpan.FromSeconds(30));
        gate.Release(2);
        await run.WaitAsync(TimeSpan.FromSeconds(60));
        var failure = await worker.Failure.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(failure, Is.TypeOf<InstasentBatchCanceledException<Sdk.Sms.SmsMessage>>());
        var result = ((InstasentBatchCanceledException<Sdk.Sms.SmsMessage>)failure!).PartialResult;
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 500)), "one outcome per message, in order");
        Assert.That(result.Items.Take(200).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted), "the batch in flight finished within the grace");
        Assert.That(result.Items.Skip(200).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent));
        Assert.That(result.Items.Skip(200).Select(i => i.IsSafeToResend), Is.All.True);
        Assert.That(server.Sms.Messages, Has.Count.EqualTo(200));
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/sms/bulk", StringComparison.Ordinal)), Is.EqualTo(2), "nothing was sent after the stop");
        Assert.That(server.Sms.Messages.Select(m => m.ClientId), Is.Unique, "nothing stored twice");
        Assert.That(
            server.Sms.Messages.Select(m => m.ClientId),
            Is.EquivalentTo(result.Items.Where(i => i.Status == BatchItemStatus.Accepted).Select(i => messages[i.Index].ClientId)),
            "the server holds exactly the accepted messages; no NotSent one");
        Assert.That(result.Items.Where(i => i.Status == BatchItemStatus.Accepted).Select(i => i.Result!.Id), Is.EquivalentTo(server.Sms.Messages.Select(m => m.Id)));
    }

    [Test]
    public async Task Stopping_the_application_mid_ingest_keeps_one_outcome_per_event_and_sends_none_twice()
    {
        // Events are the Ingest write that must not be duplicated; the second batch is held after the server stored it.
        var gate = new ResponseGate("/stream/events", 2);
        var at = new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(0, 250).Select(i => new IngestEvent($"u{i}", "purchase", at) { EventId = $"e{i}" }).ToList();
        var worker = new BulkWorker((client, token) => client.Ingest
            .Datasource(FakeAudienceState.DefaultProjectId, FakeAudienceState.DefaultDatasourceId)
            .AppendEventsAsync(events, cancellationToken: token));
        using var app = BuildHost(out _, gate, worker, o => o.BulkConcurrency = 1);
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();

        var run = app.RunAsync();
        await gate.HeldAsync(2);
        lifetime.StopApplication();
        await worker.Stopping.WaitAsync(TimeSpan.FromSeconds(30));
        gate.Release(2);
        await run.WaitAsync(TimeSpan.FromSeconds(60));
        var failure = await worker.Failure.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(failure, Is.TypeOf<InstasentBatchCanceledException<IngestItemResult>>());
        var result = ((InstasentBatchCanceledException<IngestItemResult>)failure!).PartialResult;
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 250)), "one outcome per event, in order");
        Assert.That(result.Items.Take(200).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        Assert.That(result.Items.Skip(200).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent));
        Assert.That(result.Items.Select(i => i.ClientReference), Is.EqualTo(events.Select(e => e.EventId)));
        Assert.That(server.Audience.Events.Select(e => e.EventId), Is.EquivalentTo(events.Take(200).Select(e => e.EventId)), "the server holds exactly the accepted events");
        var sentIds = server.Requests.Where(r => r.Path.EndsWith("/stream/events", StringComparison.Ordinal))
            .SelectMany(r => System.Text.RegularExpressions.Regex.Matches(r.Body, "\"_event_id\"\\s*:\\s*\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.That(sentIds, Has.Count.EqualTo(200).And.Unique, "each event left once; none after the stop");
    }

    [Test]
    public async Task Stopping_the_application_mid_lynsms_bulk_with_no_grace_leaves_the_batch_in_flight_unknown_never_sent_twice()
    {
        // No grace: the stop cuts off the batch in flight, which the server has already sent.
        server.LynSms.Balance = 1000m;
        var gate = new ResponseGate("/messages/bulk", 2);
        var numbers = Enumerable.Range(0, 2500).Select(i => $"+1202{i:D7}").ToList();
        var worker = new BulkWorker((client, token) => client.LynSms.SendBulkAsync(new LynSmsBulkRequest("Acme", "Sale today", numbers), token));
        using var app = BuildHost(out _, gate, worker, o =>
        {
            o.BulkConcurrency = 1;
            o.BulkCancellationGrace = TimeSpan.Zero;
        });
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();

        var run = app.RunAsync();
        await Task.WhenAny(gate.HeldAsync(2), worker.Failure);
        Assert.That(worker.Failure.IsCompleted, Is.False, () => $"the bulk ended before the stop: {worker.Failure.Result}");
        lifetime.StopApplication();
        await worker.Stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await run.WaitAsync(TimeSpan.FromSeconds(60));
        var failure = await worker.Failure.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.That(failure, Is.TypeOf<InstasentBatchCanceledException<LynSmsMessage>>());
        var result = ((InstasentBatchCanceledException<LynSmsMessage>)failure!).PartialResult;
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 2500)), "one outcome per number, in order");
        var cut = result.Items.Where(i => i.BatchNumber == 1).ToList();
        Assert.That(cut, Is.Not.Empty);
        Assert.That(cut.Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Unknown), "cut off after the server sent it");
        Assert.That(cut.Select(i => i.IsSafeToResend), Is.All.False);
        Assert.That(cut.Select(i => i.Exception), Is.All.InstanceOf<InstasentTransportException>());
        Assert.That(result.Items.Where(i => i.BatchNumber == 0).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        Assert.That(result.Items.Where(i => i.BatchNumber < 0).Select(i => i.Status), Is.All.EqualTo(BatchItemStatus.NotSent));
        var stored = server.LynSms.Messages.Select(m => m.To).ToList();
        Assert.That(stored, Is.Unique, "nothing sent twice");
        Assert.That(
            stored,
            Is.EquivalentTo(result.Items.Where(i => i.Status is BatchItemStatus.Accepted or BatchItemStatus.Unknown).Select(i => numbers[i.Index])),
            "the server sent exactly the accepted and the cut-off numbers; no NotSent one");
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/messages/bulk", StringComparison.Ordinal)), Is.EqualTo(2), "nothing was sent after the stop");
    }

    private static async Task<int> CountAsync<T>(IAsyncEnumerable<T> items)
    {
        var count = 0;
        await foreach (var _ in items)
        {
            count++;
        }

        return count;
    }

    private Task<T> RunAsync<T>(Task<T> call) => TestClients.RunWithFakeTimeAsync(call, time, TimeSpan.FromMilliseconds(250));

    /// <summary>What an Aspire service's Program.cs does: <c>builder.AddServiceDefaults()</c>, then the SDK from configuration.</summary>
    private IHost BuildHost(out HostTelemetry telemetry, ResponseGate? gate = null, BulkWorker? worker = null, Action<InstasentClientOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
            DisableDefaults = false,
            Args = [],
        });
        builder.Logging.ClearProviders();
        var options = server.CreateClientOptions(Token);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instasent:AllowInsecureHttp"] = "true",
            ["Instasent:Transactional:BaseAddress"] = options.Transactional.BaseAddress!.ToString(),
            ["Instasent:Transactional:Token"] = Token,
            ["Instasent:Hellio:BaseAddress"] = options.Hellio.BaseAddress!.ToString(),
            ["Instasent:Hellio:Token"] = Token,
            ["Instasent:Ingest:BaseAddress"] = options.Ingest.BaseAddress!.ToString(),
            ["Instasent:Ingest:Token"] = Token,
            ["Instasent:LynSms:BaseAddress"] = options.LynSms.BaseAddress!.ToString(),
            ["Instasent:LynSms:Token"] = options.LynSms.Token,
            // Timeouts generous enough that the fake clock never fires them by accident while real I/O is in flight.
            ["Instasent:AttemptTimeout"] = "00:10:00",
            ["Instasent:TotalTimeout"] = "00:30:00",
        });

        var observed = new HostTelemetry();
        telemetry = observed;
        builder.Services.AddSingleton<TimeProvider>(time);

        // ServiceDefaults: HTTP client defaults, then OpenTelemetry with the runtime's HTTP client spans and metrics.
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
            http.AddHttpMessageHandler(() => new ObservingHandler(observed));
        });
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(InstasentTelemetry.ActivitySourceName, "System.Net.Http")
                .AddInMemoryExporter(observed.Spans))
            .WithMetrics(metrics => metrics
                .AddMeter(InstasentTelemetry.MeterName, "System.Net.Http")
                .AddInMemoryExporter(observed.Metrics));

        var sdk = builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"));
        if (configure is not null)
        {
            builder.Services.PostConfigure(configure);
        }

        time.HungRequests = () => server.ActiveHangs;
        builder.Services.PostConfigureAll<InstasentClientOptions>(o => time.RegisterTimeouts(o.AttemptTimeout, o.TotalTimeout));
        sdk.ConfigureHttpClients(b => b.AddHttpMessageHandler(() => new InFlightHandler(time)));
        if (gate is not null)
        {
            sdk.ConfigureHttpClients(b => b.AddHttpMessageHandler(gate.Handler));
        }

        if (worker is not null)
        {
            builder.Services.AddHostedService(sp =>
            {
                worker.Client = sp.GetRequiredService<IInstasentClient>();
                return worker;
            });
        }

        var host = builder.Build();
        observed.MeterProvider = host.Services.GetRequiredService<MeterProvider>();
        return host;
    }

    private sealed class HostTelemetry
    {
        private int hostHandlerRequests;

        public List<Activity> Spans { get; } = [];

        public List<Metric> Metrics { get; } = [];

        public MeterProvider? MeterProvider { get; set; }

        public int HostHandlerRequests => Volatile.Read(ref hostHandlerRequests);

        public void Flush() => MeterProvider!.ForceFlush();

        public void Count() => Interlocked.Increment(ref hostHandlerRequests);
    }

    /// <summary>Stands for the app's own logging handler from the defaults: it only observes.</summary>
    private sealed class ObservingHandler(HostTelemetry telemetry) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            telemetry.Count();
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>A worker that sends one bulk with the host's stopping token, as a real background service would.</summary>
    private sealed class BulkWorker(Func<IInstasentClient, CancellationToken, Task> send) : BackgroundService
    {
        private readonly TaskCompletionSource<Exception?> failure = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IInstasentClient Client { get; set; } = null!;

        public Task<Exception?> Failure => failure.Task;

        public Task Stopping => stopping.Task;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var registration = stoppingToken.Register(() => stopping.TrySetResult());
            try
            {
                await send(Client, stoppingToken);
                failure.TrySetResult(null);
            }
            catch (Exception ex)
            {
                failure.TrySetResult(ex);
            }
            finally
            {
                // With no grace the bulk can end inside the stopping token's own callbacks, before the registration
                // above ran; its disposal then drops it.
                if (stoppingToken.IsCancellationRequested)
                {
                    stopping.TrySetResult();
                }
            }
        }
    }
}
