using Instasent.Sdk.LynSms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

/// <summary>The issue-10 surface of LynSMS: per-call options on the wire, the pageable lists, the short send, one message model.</summary>
public sealed class LynSmsApiShapeTests
{
    private const string OtherKey = "ds_live_tenant_two_0000000000000001";
    private InstasentFakeServer server = null!;
    private ServiceProvider provider = null!;
    private ILynSmsClient client = null!;

    [SetUp]
    public async Task SetUp()
    {
        server = await InstasentFakeServer.StartAsync();
        provider = TestClients.Create(server);
        client = provider.GetRequiredService<IInstasentClient>().LynSms;
    }

    [TearDown]
    public async Task TearDown()
    {
        await provider.DisposeAsync();
        await server.DisposeAsync();
    }

    private static InstasentRequestOptions TenantTwo => new()
    {
        Token = OtherKey,
        Headers = new Dictionary<string, string> { ["X-Tenant"] = "two" },
    };

    [Test]
    public async Task The_short_send_puts_sender_recipient_and_text_on_the_wire_like_the_request_form()
    {
        var response = await client.SendSmsAsync("Acme", "+12025550143", "Your code is 1234");

        JsonAssert.AreEqual("""{"from":"Acme","to":"+12025550143","body":"Your code is 1234"}""", server.Requests.Single().Body);
        Assert.That(server.Requests.Single().Path, Is.EqualTo("/lynsms/api/v1/messages/send"));
        Assert.That(response.Value.Status, Is.EqualTo(LynSmsMessageStatus.Sent));
        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync("Acme", "12025550143", "x"));
        Assert.That(ex!.ParamName, Is.EqualTo("request.to"));
        Assert.That(server.RequestCount, Is.EqualTo(1), "bad input is refused before sending");
    }

    [Test]
    public async Task Request_options_override_the_token_and_add_headers_on_a_send_every_bulk_batch_and_every_list_page()
    {
        server.LynSms.Balance = 1000m;

        await client.SendSmsAsync("Acme", "+12025550143", "one", TenantTwo);
        await client.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Acme", Enumerable.Range(0, 1500).Select(i => $"+1202{i:D7}").ToList(), "Sale"), TenantTwo);
        await client.ListSmsAsync(TenantTwo).AsPages(pageSizeHint: 100).Take(5).ToListAsync();
        await client.GetAccountAsync(TenantTwo);
        await client.GetBalanceAsync(TenantTwo);

        Assert.That(server.Requests.Select(r => r.Path), Has.Some.EndsWith("/messages/bulk").And.Some.EndsWith("/messages").And.Some.EndsWith("/account/balance"));
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/messages/bulk", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/messages", StringComparison.Ordinal)), Is.GreaterThan(1), "several pages were read");
        Assert.That(server.Requests.Select(r => r.BearerToken), Is.All.EqualTo(OtherKey));
        Assert.That(server.Requests.Select(r => r.Header("X-Tenant")), Is.All.EqualTo("two"));

        server.ClearRequests();
        await client.SendSmsAsync("Acme", "+12025550143", "two");
        Assert.That(server.Requests.Single().BearerToken, Is.EqualTo(InstasentFakeServer.FakeLynSmsKey), "the options of one call do not stick to the client");
        Assert.That(server.Requests.Single().Header("X-Tenant"), Is.Null);
    }

    [Test]
    public void An_idempotency_key_is_refused_because_LynSms_documents_none_and_nothing_is_sent()
    {
        var withKey = new InstasentRequestOptions { IdempotencyKey = "k-1" };

        var send = Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync("Acme", "+12025550143", "x", withKey));
        var bulk = Assert.Throws<ArgumentException>(() => client.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Acme", ["+12025550143"], "x"), withKey));

        Assert.That(send!.Message, Does.Contain("IdempotencyKey"));
        Assert.That(bulk!.Message, Does.Contain("IdempotencyKey"));
        Assert.That(server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task The_sms_list_resumes_from_a_stored_continuation_token_and_sends_the_hinted_page_size()
    {
        for (var i = 0; i < 5; i++)
        {
            await client.SendSmsAsync("Acme", $"+1202555{i:D4}", "m" + i);
        }

        server.ClearRequests();
        var first = await client.ListSmsAsync().AsPages(pageSizeHint: 2).FirstAsync();
        var stored = first.ContinuationToken;
        Assert.That(first.Items.Select(m => m.Body), Is.EqualTo(new[] { "m4", "m3" }));
        Assert.That(stored, Is.Not.Null);

        // Later (another process): a new listing from the stored string.
        server.ClearRequests();
        var rest = new List<LynSmsMessage>();
        await foreach (var page in client.ListSmsAsync().AsPages(stored, pageSizeHint: 2))
        {
            rest.AddRange(page.Items);
        }

        Assert.That(rest.Select(m => m.Body), Is.EqualTo(new[] { "m2", "m1", "m0" }));
        Assert.That(server.Requests[0].Query, Is.EqualTo("?page=2&per_page=2"));
    }

    [Test]
    public async Task The_page_size_is_100_by_default_and_a_larger_hint_is_capped_at_100()
    {
        await client.SendSmsAsync("Acme", "+12025550143", "x");
        server.ClearRequests();

        await client.ListSmsAsync().ToListAsync();
        await client.ListSmsAsync().AsPages(pageSizeHint: 500).ToListAsync();
        await client.ListWebhookEventsAsync().AsPages(pageSizeHint: 7).ToListAsync();

        Assert.That(server.Requests.Select(r => r.Query), Is.EqualTo(new[] { "?page=1&per_page=100", "?page=1&per_page=100", "?page=1&per_page=7" }));
    }

    [Test]
    public void A_webhook_event_carries_the_same_message_model_as_the_api_with_a_typed_status()
    {
        var delivered = LynSmsWebhookParser.Parse("""
            {"id":"evt_1","object":"event","type":"message.delivered","created_at":"2026-01-02T03:04:05Z",
             "data":{"id":"msg_1","object":"message","to":"+34600111222","from":"Acme","status":"delivered","provider":"twilio","delivered_at":"2026-01-02T03:04:06Z"}}
            """);
        var unknown = LynSmsWebhookParser.Parse("""{"id":"evt_2","type":"message.sent","data":{"id":"msg_2","status":"queued_at_carrier"}}""");
        var none = LynSmsWebhookParser.Parse("""{"id":"evt_3","type":"message.sent","data":{"id":"msg_3"}}""");

        LynSmsMessage message = delivered.Data!;
        Assert.That(message.Status, Is.EqualTo(LynSmsMessageStatus.Delivered));
        Assert.That(message.Provider, Is.EqualTo(LynSmsProvider.Twilio));
        Assert.That(message.DeliveredAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 6, TimeSpan.Zero)));
        Assert.That(message.ToString(), Does.Not.Contain("600111222"));
        Assert.That(unknown.Data!.Status.Value, Is.EqualTo("queued_at_carrier"), "a status LynSMS adds later is kept");
        Assert.That(unknown.Data.Status.IsKnown, Is.False);
        Assert.That(none.Data!.Status, Is.EqualTo(default(LynSmsMessageStatus)));
        Assert.That(none.Data.Status.Value, Is.Empty);
        Assert.That(LynSmsWebhookParser.Serialize(none), Does.Not.Contain("status"), "a status the event did not carry is not invented");
    }
}
