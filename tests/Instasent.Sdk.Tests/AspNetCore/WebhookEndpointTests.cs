using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.AspNetCore;

public sealed class WebhookEndpointTests
{
    private const string LynSecret = "whsec_lyn_0123456789";
    private const string HellioSecret = "hellio_wh_secret_abc";
    private const string UssdLive = "ussk_live_123";
    private const string UrlSecret = "dlr_url_secret_6b1f0c2e9a";
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);

    private static readonly LynSmsWebhookEvent LynEvent = new()
    {
        Id = "evt_a9bX2mF4tQpKrLcSdN1zVeY3o",
        Object = "event",
        Type = LynSmsWebhookEventType.MessageDelivered,
        CreatedAt = Now,
        Data = new LynSmsWebhookMessage { Id = "msg_1", To = "+34600111222", From = "Acme", Status = "delivered" },
    };

    private static readonly HellioWebhookEvent HellioEvent = new()
    {
        Event = HellioWebhookEventType.MessageFailed,
        MobileNumber = "233241234567",
        ProviderMessageId = "pm_1",
        Status = HellioMessageStatus.Failed,
        Timestamp = Now,
    };

    private readonly ConcurrentQueue<object> received = new();
    private FakeTimeProvider time = null!;
    private InstasentFakeServer fake = null!;
    private WebhookApp app = null!;

    [SetUp]
    public async Task SetUp()
    {
        received.Clear();
        time = new FakeTimeProvider(Now);
        fake = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
    }

    [TearDown]
    public async Task TearDown()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null!;
        }

        await fake.DisposeAsync();
    }

    [Test]
    public async Task LynSms_valid_delivery_binds_the_typed_event_alongside_other_parameters()
    {
        await StartAsync();

        var results = await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent);

        Assert.That(results.Single().StatusCode, Is.EqualTo(200));
        var e = received.OfType<LynSmsWebhookEvent>().Single();
        Assert.That(e.Id, Is.EqualTo(LynEvent.Id));
        Assert.That(e.Type, Is.EqualTo(LynSmsWebhookEventType.MessageDelivered));
        Assert.That(e.Data!.To, Is.EqualTo("+34600111222"));
        Assert.That(received.OfType<string>().Single(), Is.EqualTo("service-ok"));
    }

    [Test]
    public async Task LynSms_wrong_secret_is_401_with_an_empty_body_and_the_handler_never_runs()
    {
        await StartAsync();

        var result = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), "attacker_guess", LynEvent)).Single();

        Assert.That(result.StatusCode, Is.EqualTo(401));
        Assert.That(result.Body, Is.Empty);
        Assert.That(received, Is.Empty);
        Assert.That(app.AllLogText, Does.Contain("SignatureMismatch"));
        Assert.That(app.AllLogText, Does.Not.Contain(LynSecret));
        Assert.That(app.AllLogText, Does.Not.Contain("attacker_guess"));
    }

    [Test]
    public async Task LynSms_tampered_body_missing_header_and_stale_timestamp_are_401()
    {
        await StartAsync();
        var body = LynSmsWebhookParser.Serialize(LynEvent);
        var header = new LynSmsWebhookSigner(LynSecret, time).CreateSignatureHeader(body);
        using var http = new HttpClient();

        var tampered = await PostAsync(http, "/hooks/lynsms", body.Replace("delivered", "failed", StringComparison.Ordinal), ("LynSMS-Signature", header));
        var missing = await PostAsync(http, "/hooks/lynsms", body);
        var stale = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent, new WebhookDeliveryOptions { SignedAt = Now.AddMinutes(-6) })).Single();
        var future = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent, new WebhookDeliveryOptions { SignedAt = Now.AddMinutes(6) })).Single();

        Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(stale.StatusCode, Is.EqualTo(401));
        Assert.That(future.StatusCode, Is.EqualTo(401));
        Assert.That(received, Is.Empty);
        Assert.That(app.AllLogText, Does.Contain("TimestampOutsideTolerance").And.Contain("MissingHeader"));
    }

    [Test]
    public async Task The_raw_body_is_verified_as_sent_including_trailing_whitespace_and_CRLF_and_stays_readable()
    {
        await StartAsync();
        var raw = "\r\n " + LynSmsWebhookParser.Serialize(LynEvent).Replace(",", ",\r\n  ", StringComparison.Ordinal) + " \r\n\t\r\n";

        var result = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms-raw"), LynSecret, raw)).Single();

        Assert.That(result.StatusCode, Is.EqualTo(200));
        Assert.That(received.OfType<string>().Single(), Is.EqualTo(raw));
        Assert.That(received.OfType<LynSmsWebhookEvent>().Single().Id, Is.EqualTo(LynEvent.Id));
    }

    [Test]
    public async Task A_validly_signed_body_that_is_not_an_event_is_400()
    {
        await StartAsync();

        var result = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, "{\"id\":")).Single();

        Assert.That(result.StatusCode, Is.EqualTo(400));
        Assert.That(result.Body, Is.Empty);
        Assert.That(received, Is.Empty);
    }

    [Test]
    public async Task Hellio_V2_deliveries_are_verified_and_V1_only_ones_are_refused_unless_AllowLegacyV1Signatures()
    {
        await StartAsync();
        var url = app.Url("/hooks/hellio");
        var v1Only = new WebhookDeliveryOptions { IncludeHellioTimestampedSignature = false };

        var both = (await fake.DeliverHellioWebhookAsync(url, HellioSecret, HellioEvent)).Single();
        var v1 = (await fake.DeliverHellioWebhookAsync(url, HellioSecret, HellioEvent, v1Only)).Single();
        var v2Stale = (await fake.DeliverHellioWebhookAsync(url, HellioSecret, HellioEvent, new WebhookDeliveryOptions { IncludeHellioSignature = false, SignedAt = Now.AddHours(-1) })).Single();
        var wrong = (await fake.DeliverHellioWebhookAsync(url, "nope", HellioEvent)).Single();
        var legacyV1 = (await fake.DeliverHellioWebhookAsync(app.Url("/hooks/hellio-legacy"), HellioSecret, HellioEvent, v1Only)).Single();
        var legacyForgedV1 = (await fake.DeliverHellioWebhookAsync(app.Url("/hooks/hellio-legacy"), "nope", HellioEvent, v1Only)).Single();

        Assert.That((both.StatusCode, v1.StatusCode, v2Stale.StatusCode, wrong.StatusCode, legacyV1.StatusCode, legacyForgedV1.StatusCode), Is.EqualTo((200, 401, 401, 401, 200, 401)));
        Assert.That(app.SdkLogText, Does.Contain("LegacySignatureRejected"));
        var events = received.OfType<HellioWebhookEvent>().ToList();
        Assert.That(events, Has.Count.EqualTo(2));
        Assert.That(events[0].Event, Is.EqualTo(HellioWebhookEventType.MessageFailed));
        Assert.That(events[0].MobileNumber, Is.EqualTo("233241234567"));
    }

    [Test]
    public async Task Hellio_USSD_callback_gets_the_handler_reply_as_json()
    {
        await StartAsync();
        var callback = new HellioUssdCallback { SessionId = "ses_1", Msisdn = "233241234567", ServiceCode = "*920*100#", Input = "", Sequence = 1, Mode = HellioUssdMode.Live };

        var ok = await fake.DeliverHellioUssdCallbackAsync(app.Url("/ussd"), UssdLive, callback);
        var forged = await fake.DeliverHellioUssdCallbackAsync(app.Url("/ussd"), "ussk_live_guess", callback);

        Assert.That(ok.StatusCode, Is.EqualTo(200));
        var reply = HellioWebhookParser.ParseUssdReply(ok.Body);
        Assert.That(reply.Action, Is.EqualTo(HellioUssdAction.Continue));
        Assert.That(reply.Message, Is.EqualTo("Welcome ses_1"));
        Assert.That(forged.StatusCode, Is.EqualTo(401));
        Assert.That(forged.Body, Is.Empty);
    }

    [Test]
    public async Task Instasent_delivery_report_route_checks_the_secret_in_the_url()
    {
        await StartAsync();
        var report = new DeliveryReport { Id = "sms_1", ClientId = "order-7", Status = SmsStatus.Delivered, Code = 0, EventAt = Now };

        var ok = (await fake.DeliverDeliveryReportAsync(app.Url("/hooks/instasent/" + UrlSecret), report)).Single();
        var wrong = (await fake.DeliverDeliveryReportAsync(app.Url("/hooks/instasent/" + UrlSecret[..^1]), report)).Single();
        var bad = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/instasent/" + UrlSecret), LynSecret, "[1]")).Single();

        Assert.That(ok.StatusCode, Is.EqualTo(200));
        Assert.That(wrong.StatusCode, Is.EqualTo(401));
        Assert.That(bad.StatusCode, Is.EqualTo(400));
        var r = received.OfType<DeliveryReport>().Single();
        Assert.That((r.Id, r.ClientId, r.Status, r.EventAt), Is.EqualTo(("sms_1", "order-7", SmsStatus.Delivered, (DateTimeOffset?)Now)));
        Assert.That(app.SdkLogText, Does.Contain("URL secret does not match"));
        Assert.That(app.SdkLogText, Does.Not.Contain(UrlSecret[..^1]), "the SDK logs the route pattern, never the URL holding the secret");
    }

    [Test]
    public async Task Duplicate_deliveries_run_the_handler_once_when_deduplication_is_on()
    {
        await StartAsync(dedup: true);

        var lyn = await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent, new WebhookDeliveryOptions { Deliveries = 3 });
        var hellio = await fake.DeliverHellioWebhookAsync(app.Url("/hooks/hellio"), HellioSecret, HellioEvent, new WebhookDeliveryOptions { Deliveries = 2 });
        var dlr = await fake.DeliverDeliveryReportAsync(app.Url("/hooks/instasent/" + UrlSecret), new DeliveryReport { Id = "sms_1", Status = SmsStatus.Delivered, EventAt = Now }, new WebhookDeliveryOptions { Deliveries = 2 });

        Assert.That(lyn.Concat(hellio).Concat(dlr).Select(r => r.StatusCode), Is.All.EqualTo(200));
        Assert.That(received.OfType<LynSmsWebhookEvent>().Count(), Is.EqualTo(1));
        Assert.That(received.OfType<HellioWebhookEvent>().Count(), Is.EqualTo(1));
        Assert.That(received.OfType<DeliveryReport>().Count(), Is.EqualTo(1));
        Assert.That(app.AllLogText, Does.Contain("duplicate"));
    }

    [Test]
    public async Task Without_deduplication_every_duplicate_reaches_the_handler()
    {
        await StartAsync();

        var lyn = await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent, new WebhookDeliveryOptions { Deliveries = 2 });

        Assert.That(lyn.Select(r => r.StatusCode), Is.All.EqualTo(200));
        Assert.That(received.OfType<LynSmsWebhookEvent>().Count(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_failed_handler_does_not_mark_the_delivery_as_seen_so_the_retry_is_processed()
    {
        var attempts = 0;
        app = await WebhookApp.StartAsync(
            s => s.AddSingleton<TimeProvider>(time).AddInstasentWebhooks(o => o.LynSms.SigningSecret = LynSecret).AddInstasentWebhookDeduplication(),
            a => a.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) => Interlocked.Increment(ref attempts) == 1 ? Results.StatusCode(503) : Results.Ok()));

        var results = await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent, new WebhookDeliveryOptions { Deliveries = 3 });

        Assert.That(results.Select(r => r.StatusCode), Is.EqualTo(new[] { 503, 200, 200 }));
        Assert.That(attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task Secrets_come_from_configuration_and_an_unconfigured_endpoint_answers_500()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instasent:Webhooks:LynSms:SigningSecret"] = "from_config_secret",
            ["Instasent:Webhooks:LynSms:Tolerance"] = "00:20:00",
        }).Build();
        app = await WebhookApp.StartAsync(
            s => s.AddSingleton<TimeProvider>(time).AddInstasentWebhooks(configuration.GetSection(InstasentWebhookOptions.DefaultSectionName)),
            a =>
            {
                a.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) => received.Enqueue(e));
                a.MapHellioWebhook("/hooks/hellio", (HellioWebhookEvent e) => received.Enqueue(e));
            });

        var ok = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), "from_config_secret", LynEvent, new WebhookDeliveryOptions { SignedAt = Now.AddMinutes(-15) })).Single();
        var unconfigured = (await fake.DeliverHellioWebhookAsync(app.Url("/hooks/hellio"), HellioSecret, HellioEvent)).Single();

        Assert.That(ok.StatusCode, Is.EqualTo(200));
        Assert.That(unconfigured.StatusCode, Is.EqualTo(500));
        Assert.That(app.AllLogText, Does.Contain("HellioWebhookOptions.SigningSecret"));
    }

    [Test]
    public async Task A_body_over_the_size_limit_is_413_and_never_verified()
    {
        app = await WebhookApp.StartAsync(
            s => s.AddSingleton<TimeProvider>(time).AddInstasentWebhooks(o => { o.LynSms.SigningSecret = LynSecret; o.MaxBodySize = 64; }),
            a => a.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) => received.Enqueue(e)));

        var result = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent)).Single();

        Assert.That(result.StatusCode, Is.EqualTo(413));
        Assert.That(received, Is.Empty);
    }

    [Test]
    public void Mapping_checks_registration_and_the_url_secret_parameter()
    {
        var noServices = WebApplication.CreateSlimBuilder().Build();
        Assert.Throws<InvalidOperationException>(() => noServices.MapLynSmsWebhook("/x", (LynSmsWebhookEvent e) => { }));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddInstasentWebhooks(o => o.DeliveryReports.UrlSecret = UrlSecret);
        var withServices = builder.Build();
        var ex = Assert.Throws<ArgumentException>(() => withServices.MapInstasentDeliveryReportWebhook("/hooks/instasent", (DeliveryReport r) => { }));
        Assert.That(ex!.Message, Does.Contain("{secret}"));
    }

    private async Task StartAsync(bool dedup = false)
    {
        app = await WebhookApp.StartAsync(
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton(new Marker("service-ok"));
                services.AddInstasentWebhooks(o =>
                {
                    o.LynSms.SigningSecret = LynSecret;
                    o.Hellio.SigningSecret = HellioSecret;
                    o.HellioUssd.LiveSecret = UssdLive;
                    o.DeliveryReports.UrlSecret = UrlSecret;
                });
                services.Configure<InstasentWebhookOptions>("legacy", o =>
                {
                    o.Hellio.SigningSecret = HellioSecret;
                    o.Hellio.AllowLegacyV1Signatures = true;
                });
                if (dedup)
                {
                    services.AddInstasentWebhookDeduplication();
                }
            },
            a =>
            {
                a.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e, Marker marker, CancellationToken ct) =>
                {
                    received.Enqueue(e);
                    received.Enqueue(marker.Value);
                });
                a.MapLynSmsWebhook("/hooks/lynsms-raw", async (LynSmsWebhookEvent e, HttpContext context) =>
                {
                    using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                    received.Enqueue(await reader.ReadToEndAsync());
                    received.Enqueue(e);
                });
                a.MapHellioWebhook("/hooks/hellio", (HellioWebhookEvent e) => received.Enqueue(e));
                a.MapHellioWebhook("/hooks/hellio-legacy", (HellioWebhookEvent e) => received.Enqueue(e), "legacy");
                a.MapHellioUssdCallback("/ussd", (HellioUssdCallback c) => HellioUssdReply.Continue("Welcome " + c.SessionId));
                a.MapInstasentDeliveryReportWebhook("/hooks/instasent/{secret}", (DeliveryReport r) => received.Enqueue(r));
            });
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, app.Url(path)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await http.SendAsync(request);
    }

    private sealed record Marker(string Value);
}
