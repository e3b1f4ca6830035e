using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.AspNetCore;

/// <summary>
/// The typed webhook one-liners: <c>(payload, HttpContext, CancellationToken) =&gt; Task&lt;IResult&gt;</c> mapped as a plain
/// request delegate, so trimmed and native AOT apps can use them; verification and deduplication as for the other form.
/// </summary>
public sealed class TypedWebhookEndpointTests
{
    private const string LynSecret = "whsec_lyn_typed_0123";
    private const string HellioSecret = "hellio_wh_typed_abc";
    private const string UssdLive = "ussk_live_typed";
    private const string UrlSecret = "dlr_url_secret_typed_77";
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);

    private static readonly LynSmsWebhookEvent LynEvent = new()
    {
        Id = "evt_typed_1",
        Object = "event",
        Type = LynSmsWebhookEventType.MessageDelivered,
        CreatedAt = Now,
        Data = new LynSmsWebhookMessage { Id = "msg_1", To = "+34600111222", From = "Acme", Status = "delivered" },
    };

    private readonly ConcurrentQueue<object> received = new();
    private FakeTimeProvider time = null!;
    private InstasentFakeServer fake = null!;
    private WebhookApp? app;
    private int lynAnswers;

    [SetUp]
    public async Task SetUp()
    {
        received.Clear();
        lynAnswers = 0;
        time = new FakeTimeProvider(Now);
        fake = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
    }

    [TearDown]
    public async Task TearDown()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await fake.DisposeAsync();
    }

    [Test]
    public async Task Each_typed_form_receives_the_verified_payload_and_its_result_is_the_answer()
    {
        app = await StartAsync();

        var lyn = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), LynSecret, LynEvent)).Single();
        var hellio = (await fake.DeliverHellioWebhookAsync(app.Url("/hooks/hellio"), HellioSecret, new HellioWebhookEvent { Event = HellioWebhookEventType.MessageDelivered, MobileNumber = "233241234567", ProviderMessageId = "pm_1", Status = HellioMessageStatus.Delivered, Timestamp = Now })).Single();
        var ussd = await fake.DeliverHellioUssdCallbackAsync(app.Url("/ussd"), UssdLive, new HellioUssdCallback { SessionId = "ses_9", Msisdn = "233241234567", ServiceCode = "*920*100#", Input = "", Sequence = 1, Mode = HellioUssdMode.Live });
        var dlr = (await fake.DeliverDeliveryReportAsync(app.Url("/hooks/instasent/" + UrlSecret), new DeliveryReport { Id = "sms_1", ClientId = "order-7", Status = SmsStatus.Delivered, Code = 0, EventAt = Now })).Single();

        Assert.That((lyn.StatusCode, hellio.StatusCode, ussd.StatusCode, dlr.StatusCode), Is.EqualTo((202, 200, 200, 200)), "the handler's IResult decides the status");
        Assert.That(received.OfType<LynSmsWebhookEvent>().Single().Id, Is.EqualTo(LynEvent.Id));
        Assert.That(received.OfType<HellioWebhookEvent>().Single().ProviderMessageId, Is.EqualTo("pm_1"));
        Assert.That(received.OfType<DeliveryReport>().Single().ClientId, Is.EqualTo("order-7"));
        Assert.That(received.OfType<string>(), Does.Contain("POST /hooks/lynsms"), "the handler gets the request's HttpContext");
        var reply = HellioWebhookParser.ParseUssdReply(ussd.Body);
        Assert.That((reply.Action, reply.Message), Is.EqualTo((HellioUssdAction.Continue, "Welcome ses_9")));
    }

    [Test]
    public async Task Forged_deliveries_are_refused_before_a_typed_handler_runs()
    {
        app = await StartAsync();

        var lyn = (await fake.DeliverLynSmsWebhookAsync(app.Url("/hooks/lynsms"), "attacker_guess", LynEvent)).Single();
        var ussd = await fake.DeliverHellioUssdCallbackAsync(app.Url("/ussd"), "ussk_live_guess", new HellioUssdCallback { SessionId = "ses_1", Msisdn = "233241234567", ServiceCode = "*920#", Sequence = 1, Mode = HellioUssdMode.Live });
        var dlr = (await fake.DeliverDeliveryReportAsync(app.Url("/hooks/instasent/guess"), new DeliveryReport { Id = "sms_1", Status = SmsStatus.Delivered })).Single();

        Assert.That((lyn.StatusCode, ussd.StatusCode, dlr.StatusCode), Is.EqualTo((401, 401, 401)));
        Assert.That(received, Is.Empty);
    }

    [Test]
    public async Task A_typed_handler_answering_500_lets_the_vendor_retry_through_and_a_later_copy_is_deduplicated()
    {
        app = await StartAsync(dedup: true);
        var url = app.Url("/hooks/lynsms-flaky");

        var first = (await fake.DeliverLynSmsWebhookAsync(url, LynSecret, LynEvent)).Single();
        var retry = (await fake.DeliverLynSmsWebhookAsync(url, LynSecret, LynEvent)).Single();
        var copy = (await fake.DeliverLynSmsWebhookAsync(url, LynSecret, LynEvent)).Single();

        Assert.That((first.StatusCode, retry.StatusCode, copy.StatusCode), Is.EqualTo((500, 200, 200)));
        Assert.That(Volatile.Read(ref lynAnswers), Is.EqualTo(2), "run for the failure and for the retry, not for the copy of a handled delivery");
    }

    [Test]
    public async Task Typed_endpoints_are_plain_request_delegates_not_reflection_bound_handlers()
    {
        app = await StartAsync();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        foreach (var route in new[] { "/hooks/lynsms", "/hooks/hellio", "/ussd", "/hooks/instasent/{secret}" })
        {
            var endpoint = endpoints.Single(e => e.RoutePattern.RawText == route);
            Assert.That(endpoint.Metadata.GetMetadata<MethodInfo>(), Is.Null, $"{route}: a minimal-API handler bound by reflection carries its MethodInfo");
        }

        var typed = typeof(InstasentWebhookEndpointRouteBuilderExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters()[2].ParameterType != typeof(Delegate)).ToList();
        Assert.That(typed, Has.Count.EqualTo(4));
        Assert.That(typed.Where(m => m.IsDefined(typeof(RequiresUnreferencedCodeAttribute)) || m.IsDefined(typeof(RequiresDynamicCodeAttribute))), Is.Empty);
    }

    private Task<WebhookApp> StartAsync(bool dedup = false) => WebhookApp.StartAsync(
        services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddInstasentWebhooks(o =>
            {
                o.LynSms.SigningSecret = LynSecret;
                o.Hellio.SigningSecret = HellioSecret;
                o.HellioUssd.LiveSecret = UssdLive;
                o.DeliveryReports.UrlSecret = UrlSecret;
            });
            if (dedup)
            {
                services.AddInstasentWebhookDeduplication();
            }
        },
        a =>
        {
            a.MapLynSmsWebhook("/hooks/lynsms", async (LynSmsWebhookEvent e, HttpContext context, CancellationToken cancellationToken) =>
            {
                received.Enqueue(e);
                received.Enqueue($"{context.Request.Method} {context.Request.Path}");
                await Task.Yield();
                return Results.Accepted();
            });
            a.MapLynSmsWebhook("/hooks/lynsms-flaky", (LynSmsWebhookEvent e, HttpContext context, CancellationToken cancellationToken) =>
                Task.FromResult(Interlocked.Increment(ref lynAnswers) == 1 ? Results.StatusCode(500) : Results.Ok()));
            a.MapHellioWebhook("/hooks/hellio", (HellioWebhookEvent e, HttpContext context, CancellationToken cancellationToken) =>
            {
                received.Enqueue(e);
                return Task.FromResult(Results.Ok());
            });
            a.MapHellioUssdCallback("/ussd", (HellioUssdCallback c, HttpContext context, CancellationToken cancellationToken) =>
                Task.FromResult(HellioUssdReply.Continue("Welcome " + c.SessionId)));
            a.MapInstasentDeliveryReportWebhook("/hooks/instasent/{secret}", (DeliveryReport r, HttpContext context, CancellationToken cancellationToken) =>
            {
                received.Enqueue(r);
                return Task.FromResult(Results.Ok());
            });
        });
}
