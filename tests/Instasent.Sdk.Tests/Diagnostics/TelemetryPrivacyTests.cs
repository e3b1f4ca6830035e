using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Diagnostics;

/// <summary>
/// Runs a mix of successful, retried, failed and bulk calls whose inputs hold a token, message text and phone numbers,
/// and checks that none of them reaches a span, an event, a metric tag (the SDK's, or those it adds to the runtime's
/// <c>http.client.request.duration</c>) or a log line at any level.
/// </summary>
public sealed class TelemetryPrivacyTests
{
    private const string Token = "tok_SECRET_4f1c9a";
    private const string Text = "Your code is 991-PRIVATE-TEXT";
    private const string Phone = "+34600111222";
    private const string PhoneDigits = "600111222";
    private const string BulkPhone = "+34611999888";

    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    [Test]
    public async Task No_token_text_or_phone_in_spans_metrics_or_logs_by_default()
    {
        var logs = new FakeLoggerProvider();
        using var capture = new TelemetryCapture(runtimeHttpMetrics: true);
        await RunEverythingAsync(logs, _ => { });

        Assert.That(capture.Spans, Has.Count.GreaterThanOrEqualTo(6), "the scenario should have produced spans to inspect");
        Assert.That(capture.Measurements, Is.Not.Empty);
        Assert.That(capture.Of("http.client.request.duration").Select(m => m.Tag("instasent.operation")), Has.Some.EqualTo("SendBulkSms"), "the runtime's attempts are enriched");
        AssertClean(capture.AllStrings(), "telemetry");
        var records = logs.Collector.GetSnapshot();
        Assert.That(records.Select(r => r.Level), Does.Contain(LogLevel.Information).And.Contain(LogLevel.Warning));
        AssertClean(LogStrings(records), "logs");
        Assert.That(records.Select(r => r.Message), Has.Some.Contains("34*******22"), "numbers in paths are logged masked");
    }

    [Test]
    public async Task LogContent_puts_the_text_in_debug_logs_with_masked_numbers_but_never_in_telemetry()
    {
        var logs = new FakeLoggerProvider();
        using var capture = new TelemetryCapture(runtimeHttpMetrics: true);
        await RunEverythingAsync(logs, o => o.Diagnostics.LogContent = true);

        AssertClean(capture.AllStrings(), "telemetry");
        var records = logs.Collector.GetSnapshot();
        var bodies = records.Where(r => r.Id.Id == 4).ToList();
        Assert.That(bodies, Is.Not.Empty);
        Assert.That(bodies.Select(r => r.Level), Is.All.EqualTo(LogLevel.Debug));
        Assert.That(bodies.Select(r => r.Message), Has.Some.Contains(Text));
        Assert.That(LogStrings(records), Has.None.Contains(PhoneDigits).And.None.Contains(Token));
    }

    [Test]
    public async Task ShowPhoneNumbers_only_unmasks_logs_never_telemetry()
    {
        var logs = new FakeLoggerProvider();
        using var capture = new TelemetryCapture(runtimeHttpMetrics: true);
        await RunEverythingAsync(logs, o => o.Diagnostics.ShowPhoneNumbers = true);

        AssertClean(capture.AllStrings(), "telemetry");
        Assert.That(LogStrings(logs.Collector.GetSnapshot()), Has.Some.Contains(PhoneDigits));
    }

    private async Task RunEverythingAsync(FakeLoggerProvider logs, Action<InstasentClientOptions> configure)
    {
        var time = new TestClock();
        await using var sp = TestClients.Create(
            server,
            o =>
            {
                o.Transactional.Token = Token;
                o.Legacy.Token = Token;
                configure(o);
            },
            time,
            logs);
        var client = sp.GetRequiredService<IInstasentClient>();

        // A plain send.
        var sent = await client.Transactional.SendSmsAsync(new SmsRequest("Acme", Phone, Text));
        // A send retried after a 429.
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")));
        await TestClients.RunWithFakeTimeAsync(client.Legacy.SendSmsAsync(new SmsRequest("Acme", Phone, Text)), time, TimeSpan.FromMilliseconds(250));
        // A read retried after a dropped connection.
        server.EnqueueFault(FakeFault.ConnectionReset() with { Method = "GET" });
        await TestClients.RunWithFakeTimeAsync(client.Transactional.GetSmsAsync(sent.Value.Id), time, TimeSpan.FromMilliseconds(100));
        // A phone number in the URL path (an id the caller got wrong).
        Assert.ThrowsAsync<InstasentNotFoundException>(() => client.Transactional.GetSmsAsync(Phone));
        // A server error body echoing the number and the text back.
        server.EnqueueFault(FakeFault.Json(400, $$$"""{"message":"Invalid {{{Phone}}}: {{{Text}}}","errors":{"to":["{{{Phone}}} is blocked"]}}"""));
        Assert.ThrowsAsync<InstasentBadRequestException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", Phone, Text)));
        // A lookup (the number travels in the body).
        await client.Transactional.CreateLookupAsync(Phone);
        // A bulk call with one rejected item.
        await client.Transactional.SendBulkSmsAsync([new SmsRequest("Acme", BulkPhone, Text), new SmsRequest("Acme", "123", Text)]);
    }

    private static IEnumerable<string> LogStrings(IReadOnlyList<FakeLogRecord> records)
    {
        foreach (var record in records)
        {
            yield return record.Message;
            yield return record.Exception?.ToString() ?? string.Empty;
            foreach (var pair in record.StructuredState ?? [])
            {
                yield return pair.Key + "=" + pair.Value;
            }
        }
    }

    private static void AssertClean(IEnumerable<string> strings, string where)
    {
        var all = strings.ToList();
        Assert.That(all, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.None.Contains(Token), $"token in {where}");
            Assert.That(all, Has.None.Contains("PRIVATE-TEXT"), $"message text in {where}");
            Assert.That(all, Has.None.Contains(PhoneDigits), $"phone number in {where}");
            Assert.That(all, Has.None.Contains("611999888"), $"bulk phone number in {where}");
        });
    }
}
