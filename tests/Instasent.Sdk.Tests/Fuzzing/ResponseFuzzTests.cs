using System.Text.Json;
using FsCheck.Fluent;
using Instasent.Sdk.Batching;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Fuzzing;

/// <summary>
/// Every response parser is fed random and hostile bodies under success and error statuses. The only acceptable outcomes
/// are a result or an <see cref="InstasentException"/>: never a raw JsonException, NullReferenceException or hang.
/// </summary>
public sealed class ResponseFuzzTests
{
    private static readonly int[] Statuses = [200, 201, 400, 404, 409, 422, 429, 500];

    private ServiceProvider provider = null!;
    private FuzzTransport transport = null!;
    private IInstasentClient client = null!;

    /// <summary>One entry per operation that reads a response body.</summary>
    private static IEnumerable<(string Name, Func<IInstasentClient, Task> Call)> Operations()
    {
        yield return ("Transactional.SendSms", c => c.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "x")));
        yield return ("Legacy.GetSms", c => c.Legacy.GetSmsAsync("id"));
        yield return ("Transactional.ListSmsFirstPage", async c => await c.Transactional.ListSmsAsync().AsPages().FirstAsync());
        yield return ("Transactional.ListSms", async c => { await foreach (var _ in c.Transactional.ListSmsAsync().AsPages(pageSizeHint: 2).SelectMany(p => p.Items.ToAsyncEnumerable()).Take(3)) { } });
        yield return ("Transactional.SendBulkSms", async c =>
        {
            var result = await c.Transactional.SendBulkSmsAsync([new SmsRequest("A", "+34600000001", "a"), new SmsRequest("A", "+34600000002", "b")]);
            Assert.That(result.Items, Has.Count.EqualTo(2), "every item is accounted for, whatever the server said");
        });
        yield return ("Transactional.CreateLookup", c => c.Transactional.CreateLookupAsync("+34600111222"));
        yield return ("Transactional.ListLookupsFirstPage", async c => await c.Transactional.ListLookupsAsync().AsPages().FirstAsync());
        yield return ("Legacy.GetBalance", c => c.Legacy.GetBalanceAsync());
        yield return ("Legacy.GetPricing", c => c.Legacy.GetPricingAsync(PriceProfileKind.Sms));

        foreach (var operation in ProductOperations().Concat(IngestOperations()).Concat(LynSmsOperations()).Concat(HellioOperations()))
        {
            yield return operation;
        }
    }

    private static IEnumerable<(string Name, Func<IInstasentClient, Task> Call)> ProductOperations()
    {
        var filter = QueryFilter.Where(FilterJoin.And, g => g.Attribute("_email", FilterOperator.Contains, "x"));
        yield return ("Product.GetOrganization", c => c.Product.Project.GetOrganizationAsync());
        yield return ("Product.GetProject", c => c.Product.Project.GetProjectAsync());
        yield return ("Product.GetAttributeSpecs", c => c.Product.Project.GetAttributeSpecsAsync());
        yield return ("Product.GetEventSpecs", c => c.Product.Project.GetEventSpecsAsync());
        yield return ("Product.GetEventParameterSpecs", c => c.Product.Project.GetEventParameterSpecsAsync("purchase"));
        yield return ("Product.ListDatasources", c => Drain(c.Product.Project.ListDatasourcesAsync()));
        yield return ("Product.CreateDatasource", c => c.Product.Project.CreateDatasourceAsync(new DatasourceCreateRequest("CRM", ["crm"])));
        yield return ("Product.GetDatasource", c => c.Product.Project.GetDatasourceAsync("ds"));
        yield return ("Product.GetDatasourceStats", c => c.Product.Project.GetDatasourceStatsAsync("ds"));
        yield return ("Product.GetContact", c => c.Product.Audience.GetContactAsync("aud"));
        yield return ("Product.GetContactByUserId", c => c.Product.Audience.GetContactByUserIdAsync("u1"));
        yield return ("Product.SearchByPhone", c => c.Product.Audience.SearchByPhoneAsync("+34600111222"));
        yield return ("Product.SearchByEmail", c => c.Product.Audience.SearchByEmailAsync("a@example.com"));
        yield return ("Product.SearchAudience", c => c.Product.Audience.SearchContactsAsync(filter));
        yield return ("Product.ScrollAudience", c => Drain(c.Product.Audience.ListContactsAsync(filter).AsPages(pageSizeHint: 2)));
        yield return ("Product.ScrollAudience (resumed)", c => Drain(c.Product.Audience.ListContactsAsync(filter).AsPages("cursor")));
        yield return ("Product.ScrollSegment", c => Drain(c.Product.Segments.ListContactsAsync("seg").AsPages(pageSizeHint: 2)));
        yield return ("Product.AggregateAudience", c => c.Product.Audience.AggregateAsync(JsonDocument.Parse("{\"by\":{\"terms\":{\"field\":\"_country\"}}}").RootElement));
        yield return ("Product.GetContactEvents", c => c.Product.Events.GetContactEventsAsync("aud"));
        yield return ("Product.SubscribeSms", c => c.Product.Audience.SubscribeSmsAsync("aud"));
        yield return ("Product.UnsubscribeSms", c => c.Product.Audience.UnsubscribeSmsAsync("aud"));
        yield return ("Product.SubscribeEmail", c => c.Product.Audience.SubscribeEmailAsync("aud"));
        yield return ("Product.UnsubscribeEmail", c => c.Product.Audience.UnsubscribeEmailAsync("aud"));
        yield return ("Product.DeleteContact", c => c.Product.Audience.DeleteContactAsync("aud"));
        yield return ("Product.SearchEvents", c => c.Product.Events.SearchEventsAsync(filter));
        yield return ("Product.ScrollEvents", c => Drain(c.Product.Events.ListEventsAsync(filter).AsPages(pageSizeHint: 2)));
        yield return ("Product.ListSegments", c => Drain(c.Product.Segments.ListSegmentsAsync()));
        yield return ("Product.ListDynamicSegments", c => Drain(c.Product.Segments.ListDynamicSegmentsAsync()));
        yield return ("Product.GetSegment", c => c.Product.Segments.GetSegmentAsync("seg"));
        yield return ("Product.ListCampaigns", c => Drain(c.Product.Campaigns.ListCampaignsAsync()));
        yield return ("Product.GetCampaign", c => c.Product.Campaigns.GetCampaignAsync("cmp"));
        yield return ("Product.ListAutomations", c => Drain(c.Product.Campaigns.ListAutomationsAsync()));
        yield return ("Product.GetAutomation", c => c.Product.Campaigns.GetAutomationAsync("aut"));
        yield return ("Product.ListSmsSenders", c => Drain(c.Product.Messaging.ListSmsSendersAsync()));
        yield return ("Product.SendDirectSms", c => c.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, "+34600111222", "x"));
        yield return ("Product.GetSms", c => c.Product.Messaging.GetSmsAsync("sms"));
        yield return ("Product.ListSmsByAudience", c => Drain(c.Product.Messaging.ListSmsByAudienceAsync("aud")));
        yield return ("Product.ListSmsBySend", c => Drain(c.Product.Messaging.ListSmsBySendAsync("send")));
        yield return ("Product.ListSmsByCampaign", c => Drain(c.Product.Messaging.ListSmsByCampaignAsync("cmp")));
        yield return ("Product.ListSmsByAutomation", c => Drain(c.Product.Messaging.ListSmsByAutomationAsync("aut")));
        yield return ("Product.ListDirectSms", c => Drain(c.Product.Messaging.ListDirectSmsAsync()));
    }

    private static IEnumerable<(string Name, Func<IInstasentClient, Task> Call)> IngestOperations()
    {
        static IIngestDatasourceClient Ds(IInstasentClient c) => c.Ingest.Datasource("project", "ds");
        IngestContact[] contacts = [new IngestContact("u1") { Email = "a@example.com" }, new IngestContact("u2") { Email = "b@example.com" }, new IngestContact("u3")];
        IngestEvent[] events = [new IngestEvent("u1", "purchase", DateTimeOffset.UnixEpoch.AddDays(1)), new IngestEvent("u2", "purchase", DateTimeOffset.UnixEpoch.AddDays(2))];
        yield return ("Ingest.GetStream", c => Ds(c).GetStreamAsync());
        yield return ("Ingest.GetAttributeSpecs", c => Ds(c).GetAttributeSpecsAsync());
        yield return ("Ingest.GetEventSpecs", c => Ds(c).GetEventSpecsAsync());
        yield return ("Ingest.GetEventParameterSpecs", c => Ds(c).GetEventParameterSpecsAsync("purchase"));
        yield return ("Ingest.UpsertContacts", async c => AssertAccountsForAll(await Ds(c).UpsertContactsAsync(contacts), contacts.Length));
        yield return ("Ingest.UpsertContacts(sync)", async c => AssertAccountsForAll(await Ds(c).UpsertContactsAsync(contacts, new IngestWriteOptions { Sync = true }), contacts.Length));
        yield return ("Ingest.UpsertContacts(stream)", async c => AssertAccountsForAll(await Ds(c).UpsertContactsAsync(contacts.ToAsyncEnumerable()), contacts.Length));
        yield return ("Ingest.AppendEvents", async c => AssertAccountsForAll(await Ds(c).AppendEventsAsync(events), events.Length));
        yield return ("Ingest.AppendEvents(dry run)", async c => AssertAccountsForAll(await Ds(c).AppendEventsAsync(events.ToAsyncEnumerable(), new IngestWriteOptions { DryRun = true }), events.Length));
        yield return ("Ingest.GetContact", c => Ds(c).GetContactAsync("u1"));
        yield return ("Ingest.DeleteContact", c => Ds(c).DeleteContactAsync("u1"));
    }

    private static IEnumerable<(string Name, Func<IInstasentClient, Task> Call)> LynSmsOperations()
    {
        string[] recipients = ["+34600000001", "+34600000002", "+34600000001"];
        yield return ("LynSms.Send", c => c.LynSms.SendAsync(new LynSmsSendRequest("Acme", "+12025550143", "x")));
        yield return ("LynSms.SendBulk", async c => AssertAccountsForAll(await c.LynSms.SendBulkAsync(new LynSmsBulkRequest("Acme", "x", recipients)), recipients.Length));
        yield return ("LynSms.GetMessage", c => c.LynSms.GetMessageAsync("m1"));
        yield return ("LynSms.ListMessages", c => Drain(c.LynSms.ListMessagesAsync(pageSize: 2)));
        yield return ("LynSms.GetMessagesPage", c => c.LynSms.GetMessagesPageAsync());
        yield return ("LynSms.GetAccount", c => c.LynSms.GetAccountAsync());
        yield return ("LynSms.GetBalance", c => c.LynSms.GetBalanceAsync());
        yield return ("LynSms.GetUsage", c => c.LynSms.GetUsageAsync());
        yield return ("LynSms.CreateApiKey", c => c.LynSms.CreateApiKeyAsync(new LynSmsApiKeyRequest("production")));
        yield return ("LynSms.RevokeApiKey", c => c.LynSms.RevokeApiKeyAsync("key"));
        yield return ("LynSms.CreateWebhookEndpoint", c => c.LynSms.CreateWebhookEndpointAsync(new LynSmsWebhookEndpointRequest(new Uri("https://example.com/hooks"), [LynSmsEventTypes.MessageDelivered])));
        yield return ("LynSms.ListWebhookEndpoints", c => c.LynSms.ListWebhookEndpointsAsync());
        yield return ("LynSms.ListWebhookEvents", c => Drain(c.LynSms.ListWebhookEventsAsync(pageSize: 2)));
    }

    private static IEnumerable<(string Name, Func<IInstasentClient, Task> Call)> HellioOperations()
    {
        var app = new HellioUssdAppRequest("Menu", new Uri("https://example.com/ussd"));
        yield return ("Hellio.IssueToken", c => c.Hellio.IssueTokenAsync(new HellioTokenRequest("ama@example.com", "pw")));
        yield return ("Hellio.SendSms", c => c.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567", "233201234567"], "x")));
        yield return ("Hellio.SendOtp", c => c.Hellio.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme")));
        yield return ("Hellio.VerifyOtp", c => c.Hellio.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber("+233241234567", "123456")));
        yield return ("Hellio.SendVoice", c => c.Hellio.SendVoiceAsync(new HellioVoiceRequest(["+233241234567"]) { Text = "x" }));
        yield return ("Hellio.GetVoice", c => c.Hellio.GetVoiceAsync("v1"));
        yield return ("Hellio.CreateLookup", c => c.Hellio.CreateLookupAsync(new HellioLookupRequest(["+233241234567"])));
        yield return ("Hellio.GetLookup", c => c.Hellio.GetLookupAsync("l1"));
        yield return ("Hellio.ListLookups", c => Drain(c.Hellio.ListLookupsAsync().AsPages(pageSizeHint: 2)));
        yield return ("Hellio.VerifyEmails", c => c.Hellio.VerifyEmailsAsync(["a@example.com", "b@example.com"]));
        yield return ("Hellio.GetBalance", c => c.Hellio.GetBalanceAsync());
        yield return ("Hellio.GetPricing", c => c.Hellio.GetPricingAsync("GH"));
        yield return ("Hellio.ListMessages", c => Drain(c.Hellio.ListMessagesAsync().AsPages(pageSizeHint: 2)));
        yield return ("Hellio.GetMessage", c => c.Hellio.GetMessageAsync("m1"));
        yield return ("Hellio.ListCampaigns", c => Drain(c.Hellio.ListCampaignsAsync().AsPages(pageSizeHint: 2)));
        yield return ("Hellio.GetCampaign", c => c.Hellio.GetCampaignAsync("c1"));
        yield return ("Hellio.ListWebhookEndpoints", c => Drain(c.Hellio.ListWebhookEndpointsAsync()));
        yield return ("Hellio.CreateWebhookEndpoint", c => c.Hellio.CreateWebhookEndpointAsync(new HellioWebhookEndpointRequest(new Uri("https://example.com/hellio"))));
        yield return ("Hellio.DeleteWebhookEndpoint", c => c.Hellio.DeleteWebhookEndpointAsync("w1"));
        yield return ("Hellio.Ussd.GetPricing", c => c.Hellio.Ussd.GetPricingAsync());
        yield return ("Hellio.Ussd.CheckAvailability", c => c.Hellio.Ussd.CheckAvailabilityAsync("100"));
        yield return ("Hellio.Ussd.ListApps", c => Drain(c.Hellio.Ussd.ListAppsAsync().AsPages(pageSizeHint: 2)));
        yield return ("Hellio.Ussd.CreateApp", c => c.Hellio.Ussd.CreateAppAsync(app));
        yield return ("Hellio.Ussd.UpdateApp", c => c.Hellio.Ussd.UpdateAppAsync("a1", app));
        yield return ("Hellio.Ussd.DeleteApp", c => c.Hellio.Ussd.DeleteAppAsync("a1"));
        yield return ("Hellio.Ussd.UpdateAppMode", c => c.Hellio.Ussd.UpdateAppModeAsync("a1", HellioUssdMode.Live));
        yield return ("Hellio.Ussd.RotateAppSecret", c => c.Hellio.Ussd.RotateAppSecretAsync("a1", HellioUssdMode.Live));
        yield return ("Hellio.Ussd.ListExtensions", c => Drain(c.Hellio.Ussd.ListExtensionsAsync().AsPages(pageSizeHint: 2)));
        yield return ("Hellio.Ussd.RentExtension", c => c.Hellio.Ussd.RentExtensionAsync(new HellioUssdExtensionRequest("100")));
        yield return ("Hellio.Ussd.ReleaseExtension", c => c.Hellio.Ussd.ReleaseExtensionAsync("e1"));
        yield return ("Hellio.Ussd.ListSessions", c => Drain(c.Hellio.Ussd.ListSessionsAsync().AsPages(pageSizeHint: 2)));
        yield return ("Hellio.Ussd.GetSession", c => c.Hellio.Ussd.GetSessionAsync("s1"));
        yield return ("Hellio.Ussd.Simulate", c => c.Hellio.Ussd.SimulateAsync(new HellioUssdSimulateRequest("a1", "sess-1", "233241234567") { NewSession = true }));
    }

    /// <summary>Reads at most three items: a server that keeps answering "there is more" must not make this loop forever.</summary>
    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items.Take(3))
        {
        }
    }

    private static void AssertAccountsForAll<T>(BatchResult<T> result, int inputs)
    {
        Assert.That(result.Items, Has.Count.EqualTo(inputs), "every item is accounted for, whatever the server said");
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, inputs)), "outcomes are by original index");
        Assert.That(result.AcceptedCount + result.RejectedCount + result.FailedCount + result.NotSentCount + result.UnknownCount, Is.EqualTo(inputs), "the counts add up");
        Assert.That(result.Items.Where(i => i.Status is BatchItemStatus.Failed or BatchItemStatus.Unknown).Select(i => i.Exception ?? (object)i.Errors.Single()), Is.All.Not.Null, "a failed or unknown item says why");
    }

    private System.Diagnostics.ActivityListener? activityListener;
    private System.Diagnostics.Metrics.MeterListener? meterListener;

    [SetUp]
    public void SetUp()
    {
        // Telemetry on: the observed code paths (spans, bulk parent spans, metrics) must survive hostile bodies too.
        activityListener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == Instasent.Sdk.Diagnostics.InstasentTelemetry.ActivitySourceName,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(activityListener);
        meterListener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == Instasent.Sdk.Diagnostics.InstasentTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.Start();
        transport = new FuzzTransport();
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
        {
            o.Legacy.Token = "t";
            o.Transactional.Token = "t";
            o.Product.Token = "t";
            o.Product.ProjectId = "project";
            o.Ingest.Token = "t";
            o.Ingest.ProjectId = "project";
            o.LynSms.Token = Instasent.Sdk.Testing.InstasentFakeServer.FakeLynSmsKey;
            o.Hellio.Token = "t";
            o.Retry.MaxRetries = 0;
            o.MaxResponseBodyBytes = 4 * 1024 * 1024;
        }).ConfigurePrimaryHttpMessageHandler(_ => transport);
        provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<IInstasentClient>();
    }

    [TearDown]
    public void TearDown()
    {
        provider.Dispose();
        activityListener?.Dispose();
        meterListener?.Dispose();
    }

    [Test]
    public async Task Random_json_bodies_yield_results_or_typed_exceptions()
    {
        var bodies = Gen.Sample(HostileBodies.Json, 150, new FsCheck.Rnd(20261123UL), 12);
        var runs = 0;
        foreach (var body in bodies)
        {
            foreach (var (name, call) in Operations())
            {
                transport.Status = Statuses[runs++ % Statuses.Length];
                transport.Body = body;
                await AssertTypedOutcomeAsync(name, call, body);
            }
        }

        Assert.That(runs, Is.EqualTo(150 * Operations().Count()));
    }

    [Test]
    public async Task The_hostile_corpus_yields_results_or_typed_exceptions()
    {
        foreach (var (corpusName, body) in HostileBodies.Corpus())
        {
            foreach (var status in Statuses)
            {
                foreach (var (name, call) in Operations())
                {
                    transport.Status = status;
                    transport.Body = body;
                    await AssertTypedOutcomeAsync($"{name} / {corpusName} / {status}", call, body);
                }
            }
        }
    }

    [Test]
    public void Webhook_parsers_only_throw_typed_webhook_exceptions()
    {
        foreach (var body in Gen.Sample(HostileBodies.Json, 500, new FsCheck.Rnd(20261124UL), 12).Concat(HostileBodies.Corpus().Select(c => c.Body)))
        {
            foreach (var parse in new Action<byte[]>[]
            {
                b => DeliveryReportParser.Parse(b),
                b => Instasent.Sdk.Webhooks.LynSmsWebhookParser.Parse(b),
                b => Instasent.Sdk.Webhooks.HellioWebhookParser.ParseEvent(b),
                b => Instasent.Sdk.Webhooks.HellioWebhookParser.ParseUssdCallback(b),
            })
            {
                try
                {
                    parse(body);
                }
                catch (Instasent.Sdk.Webhooks.InstasentWebhookException)
                {
                }
            }
        }
    }

    private async Task AssertTypedOutcomeAsync(string name, Func<IInstasentClient, Task> call, byte[] body)
    {
        var run = Task.Run(() => call(client));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.That(finished, Is.SameAs(run), $"{name} hung on a {body.Length}-byte body");
        try
        {
            await run;
        }
        catch (InstasentException)
        {
        }
        catch (Exception ex)
        {
            Assert.Fail($"{name} with status {transport.Status} threw {ex.GetType().Name} for body: {Preview(body)}\n{ex}");
        }
    }

    private static string Preview(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
}
