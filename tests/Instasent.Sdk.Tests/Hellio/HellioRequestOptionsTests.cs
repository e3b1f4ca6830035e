using System.Reflection;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Hellio;

/// <summary>The issue-10 surface of Hellio: per-call options on the wire, pageables that resume, the convenience send, typed statuses.</summary>
public sealed class HellioRequestOptionsTests : FakeServerFixture
{
    private static readonly InstasentRequestOptions Tenant = new()
    {
        Token = "tenant-token",
        Headers = new Dictionary<string, string> { ["X-Correlation-Id"] = "corr-42" },
    };

    private IHellioClient client = null!;

    [SetUp]
    public void CreateHellioClient() => client = CreateClient().Hellio;

    [Test]
    public async Task Token_override_and_extra_headers_reach_every_kind_of_call()
    {
        await client.SendSmsAsync("Acme", "+233241234567", "Hello", Tenant);
        await client.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234568"], "Hello"), Tenant);
        await client.GetBalanceAsync(Tenant);
        await client.Ussd.GetPricingAsync(Tenant);
        await client.ListWebhookEndpointsAsync(Tenant).ToListAsync();
        await client.ListMessagesAsync(requestOptions: Tenant).AsPages(pageSizeHint: 1).ToListAsync();
        await client.GetBalanceAsync();

        var withOptions = Server.Requests.SkipLast(1).ToList();
        Assert.That(withOptions, Has.Count.EqualTo(7));
        Assert.That(withOptions.Select(r => r.BearerToken), Is.All.EqualTo("tenant-token"));
        Assert.That(withOptions.Select(r => r.Header("X-Correlation-Id")), Is.All.EqualTo("corr-42"));
        Assert.That(withOptions.Count(r => r.Path == "/hellio/v1/messages"), Is.GreaterThan(1), "every page request of a list carries the options");
        Assert.That(Server.Requests[^1].BearerToken, Is.EqualTo("fake-token"), "options are per call");
        Assert.That(Server.Requests[^1].Header("X-Correlation-Id"), Is.Null);
    }

    [Test]
    public async Task The_idempotency_key_of_the_request_options_is_sent_on_every_attempt_of_each_keyed_send()
    {
        Server.EnqueueFault(FakeFault.ServerError(500) with { PathEndsWith = "/sms/send" });
        Server.EnqueueFault(FakeFault.ServerError(503) with { PathEndsWith = "/otp/send" });
        Server.EnqueueFault(FakeFault.ServerError(502) with { PathEndsWith = "/voice/send" });

        var sms = await WithFakeTime(client.SendSmsAsync("Acme", "+233241234567", "Order 9 shipped", new InstasentRequestOptions { IdempotencyKey = "order-9-sms" }));
        var otp = await WithFakeTime(client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme"), new InstasentRequestOptions { IdempotencyKey = "order-9-otp" }));
        var voice = await WithFakeTime(client.SendVoiceAsync(new HellioVoiceRequest(["+233241234567"]) { Text = "hi" }, new InstasentRequestOptions { IdempotencyKey = "order-9-voice" }));

        foreach (var (path, key) in new[] { ("/sms/send", "order-9-sms"), ("/otp/send", "order-9-otp"), ("/voice/send", "order-9-voice") })
        {
            var keys = Server.Requests.Where(r => r.Path.EndsWith(path, StringComparison.Ordinal)).Select(r => r.Header("Idempotency-Key")).ToList();
            Assert.That(keys, Has.Count.EqualTo(2), path);
            Assert.That(keys, Is.All.EqualTo(key), path);
        }

        Assert.That(new[] { sms.IdempotencyKey, otp.IdempotencyKey, voice.IdempotencyKey }, Is.EqualTo(new[] { "order-9-sms", "order-9-otp", "order-9-voice" }));
        Assert.That(new[] { sms.Attempts.Count, otp.Attempts.Count, voice.Attempts.Count }, Is.All.EqualTo(2));
        Assert.That(Server.Hellio.Campaigns, Has.Count.EqualTo(1));
        Assert.That(Server.Hellio.Otps, Has.Count.EqualTo(1));
        Assert.That(Server.Hellio.VoiceBroadcasts, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_key_on_an_operation_that_does_not_honour_one_or_a_key_hellio_refuses_fails_before_sending()
    {
        var keyed = new InstasentRequestOptions { IdempotencyKey = "k-1" };

        Assert.ThrowsAsync<ArgumentException>(() => client.CreateLookupAsync(new HellioLookupRequest(["+233241234567"]), keyed));
        Assert.ThrowsAsync<ArgumentException>(() => client.Ussd.RotateAppSecretAsync("a1", HellioUssdMode.Live, keyed));
        Assert.Throws<ArgumentException>(() => client.ListMessagesAsync(requestOptions: keyed));
        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync("Acme", "+233241234567", "x", new InstasentRequestOptions { IdempotencyKey = "clé" }));
        Assert.That(ex!.Message, Does.Contain("requestOptions.IdempotencyKey"));
        Assert.That(Server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task A_list_resumes_from_a_stored_continuation_token_and_sends_the_hinted_page_size()
    {
        await client.SendSmsAsync(new HellioSmsRequest("Acme", Enumerable.Range(0, 7).Select(i => $"+2332412345{i:D2}").ToList(), "Hello"));
        Server.ClearRequests();

        // First process: read one page of 3, store the token (a plain string) and stop.
        var first = await client.ListMessagesAsync().AsPages(pageSizeHint: 3).FirstAsync();
        string stored = first.ContinuationToken!;

        // Later, a new client: resume from the stored token.
        var resumed = CreateClient().Hellio;
        var rest = await resumed.ListMessagesAsync().AsPages(stored, pageSizeHint: 3).ToListAsync();

        Assert.That(Server.Requests[0].Query, Is.EqualTo("?per_page=3"));
        Assert.That(Server.Requests[1].Query, Is.EqualTo("?cursor=" + Uri.EscapeDataString(stored) + "&per_page=3"));
        Assert.That(Server.Requests.Skip(1).Select(r => r.Query), Is.All.Contains("per_page=3"));
        var ids = first.Items.Concat(rest.SelectMany(p => p.Items)).Select(m => m.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.Count.EqualTo(7));
        Assert.That(rest[^1].ContinuationToken, Is.Null);
    }

    [Test]
    public async Task The_default_page_size_is_the_documented_maximum_and_a_larger_hint_is_clamped_to_it()
    {
        await client.ListCampaignsAsync().ToListAsync();
        await client.Ussd.ListSessionsAsync().AsPages(pageSizeHint: 1000).ToListAsync();

        Assert.That(Server.Requests.Select(r => r.Query), Is.EqualTo(new[] { "?per_page=200", "?per_page=200" }));
    }

    [Test]
    public async Task The_convenience_send_puts_sender_recipient_and_text_on_the_wire()
    {
        var response = await client.SendSmsAsync("Acme", "+233241234567", "Your order shipped");

        JsonAssert.AreEqual("""{"recipients":["+233241234567"],"sender":"Acme","message":"Your order shipped"}""", Server.Requests.Single().Body);
        Assert.That(Server.Requests.Single().Header("Idempotency-Key"), Has.Length.EqualTo(32));
        Assert.That(response.Value.AcceptedRecipients, Is.EqualTo(1));
        Assert.That(response.Value.Status, Is.EqualTo(HellioCampaignStatus.Queued));
    }

    [Test]
    public async Task Statuses_are_typed_filters_go_on_the_wire_and_unknown_values_are_kept()
    {
        Server.EnqueueFault(FakeFault.Json(200, """{"data":{"id":"m1","status":"rejected_by_carrier"}}"""));
        var message = await client.GetMessageAsync("m1");
        await client.ListMessagesAsync(new HellioMessageStatus("rejected_by_carrier")).ToListAsync();
        await client.ListCampaignsAsync(HellioCampaignStatus.Queued).ToListAsync();
        await client.Ussd.ListSessionsAsync(HellioUssdSessionStatus.Timeout).ToListAsync();

        Assert.That(message.Value.Status!.Value.Value, Is.EqualTo("rejected_by_carrier"));
        Assert.That(message.Value.Status.Value.IsKnown, Is.False);
        Assert.That(HellioMessageStatus.Delivered.IsKnown && HellioUssdSessionStatus.Timeout.IsKnown, Is.True);
        Assert.That(Server.Requests.Skip(1).Select(r => r.Query), Is.EqualTo(new[] { "?status=rejected_by_carrier&per_page=200", "?status=queued&per_page=200", "?status=timeout&per_page=200" }));
    }

    [Test]
    public void Hellio_public_types_are_not_positional_records()
    {
        // A positional record has a compiler-made Deconstruct; adding a member to it breaks callers.
        var types = typeof(IHellioClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(IHellioClient).Namespace || (t.Namespace == typeof(HellioWebhookEvent).Namespace && t.Name.StartsWith("Hellio", StringComparison.Ordinal)))
            .ToList();

        Assert.That(types, Has.Count.GreaterThan(40));
        Assert.That(types.Where(t => t.GetMethod("Deconstruct", BindingFlags.Public | BindingFlags.Instance) is not null).Select(t => t.Name), Is.Empty);
        Assert.That(types.Where(t => t.Name == "HellioPage`1"), Is.Empty);
        Assert.That(typeof(IHellioClient).Assembly.GetExportedTypes().Count(t => t.Name == nameof(HellioUssdMode)), Is.EqualTo(1));
    }
}
