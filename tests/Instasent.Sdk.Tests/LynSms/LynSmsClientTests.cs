using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

public sealed class LynSmsClientTests
{
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

    [Test]
    public async Task Send_posts_the_documented_body_and_unwraps_the_envelope()
    {
        var response = await client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "Your code is 1234") { Reference = "signup-9214", Provider = LynSmsProvider.Twilio });

        var request = server.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo("/lynsms/api/v1/messages/send"));
        Assert.That(request.BearerToken, Is.EqualTo(InstasentFakeServer.FakeLynSmsKey));
        Assert.That(request.Header("Idempotency-Key"), Is.Null, "LynSMS documents no idempotency key");
        JsonAssert.AreEqual("""{"from":"Acme","to":"+12025550143","body":"Your code is 1234","provider":"twilio","reference":"signup-9214"}""", request.Body);

        Assert.That(response.StatusCode, Is.EqualTo(201));
        Assert.That(response.Value.Id, Does.StartWith("msg_").And.Length.EqualTo(29));
        Assert.That(response.Value.Status, Is.EqualTo(LynSmsMessageStatus.Sent));
        Assert.That(response.Value.Cost, Is.EqualTo(0.05m));
        Assert.That(response.Value.Provider, Is.EqualTo(LynSmsProvider.Twilio));
        Assert.That(response.Value.CreatedAt, Is.Not.Null);
        Assert.That(response.RequestId, Does.StartWith("req_"));
        Assert.That(response.GetRawText(), Does.Contain("\"request_id\":\"" + response.RequestId + "\""));
        Assert.That(response.Value.ToString(), Does.Not.Contain("2025550143"));
        Assert.That(server.LynSms.Messages.Single().Body, Is.EqualTo("Your code is 1234"));
    }

    [Test]
    public async Task Envelope_request_id_wins_over_the_header()
    {
        server.EnqueueFault(new FakeFault
        {
            StatusCode = 201,
            Headers = new Dictionary<string, string> { ["X-Request-Id"] = "req_header" },
            Body = """{"success":true,"data":{"id":"msg_1","object":"message","status":"queued","brand_new":1},"meta":{"request_id":"req_envelope"}}""",
        });

        var response = await client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "x"));

        Assert.That(response.RequestId, Is.EqualTo("req_envelope"));
        Assert.That(response.Value.Status.Value, Is.EqualTo("queued"), "unknown statuses are kept");
        Assert.That(response.Value.Status.IsKnown, Is.False);
        Assert.That(response.Value.AdditionalProperties!["brand_new"].GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Envelope_without_data_is_a_format_error()
    {
        server.EnqueueFault(FakeFault.Json(200, """{"success":true,"meta":{"request_id":"req_1"}}"""));

        Assert.ThrowsAsync<InstasentResponseFormatException>(() => client.GetSmsAsync("msg_1"));
    }

    [Test]
    public void Bad_input_fails_before_sending_and_names_the_field()
    {
        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync(new LynSmsSmsRequest("Acme", "12025550143", "x")));
        Assert.That(ex!.Message, Does.Contain("request.to"));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync(new LynSmsSmsRequest("Too long sender", "+12025550143", "x")));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", new string('a', 1601))));
        Assert.That(server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task Error_envelope_maps_to_typed_exceptions_with_code_type_and_request_id()
    {
        server.LynSms.Balance = 0m;
        var funds = Assert.ThrowsAsync<InstasentInsufficientFundsException>(() => client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "x")));
        Assert.That(funds!.ErrorCode, Is.EqualTo("insufficient_balance"));
        Assert.That(funds.ErrorType, Is.EqualTo("invalid_request_error"));
        Assert.That(funds.RequestId, Does.StartWith("req_"));
        Assert.That(funds.Message, Does.Contain("top up"));

        var missing = Assert.ThrowsAsync<InstasentNotFoundException>(() => client.GetSmsAsync("msg_nope"));
        Assert.That(missing!.ErrorCode, Is.EqualTo("not_found"));

        server.EnqueueFault(FakeFault.Json(403, """{"success":false,"error":{"type":"permission_error","code":"forbidden","message":"Key lacks scope sms:bulk"},"meta":{"request_id":"req_403"}}"""));
        var forbidden = Assert.ThrowsAsync<InstasentPermissionDeniedException>(() => client.GetAccountAsync());
        Assert.That(forbidden!.ErrorCode, Is.EqualTo("forbidden"));
        Assert.That(forbidden.ErrorType, Is.EqualTo("permission_error"));
        Assert.That(forbidden.RequestId, Is.Not.Null);
        Assert.That(forbidden.Message, Does.Contain("allowlist"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task Unauthorized_key_gets_the_401_envelope()
    {
        await using var strict = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { ValidTokens = new HashSet<string> { "other" } });
        await using var sp = TestClients.Create(strict);
        var lyn = sp.GetRequiredService<IInstasentClient>().LynSms;

        var ex = Assert.ThrowsAsync<InstasentAuthenticationException>(() => lyn.GetAccountAsync());

        Assert.That(ex!.ErrorCode, Is.EqualTo("unauthorized"));
        Assert.That(ex.ErrorType, Is.EqualTo("authentication_error"));
        Assert.That(ex.Message, Does.Not.Contain(InstasentFakeServer.FakeLynSmsKey));
    }

    [Test]
    public async Task Get_and_list_messages_follow_pages_lazily()
    {
        for (var i = 0; i < 5; i++)
        {
            await client.SendSmsAsync(new LynSmsSmsRequest("Acme", $"+1202555{i:D4}", "m" + i));
        }

        server.ClearRequests();
        var all = new List<LynSmsMessage>();
        await foreach (var page in client.ListSmsAsync().AsPages(pageSizeHint: 2))
        {
            all.AddRange(page.Items);
        }

        Assert.That(all.Select(m => m.Body), Is.EqualTo(new[] { "m4", "m3", "m2", "m1", "m0" }));
        Assert.That(server.Requests.Select(r => r.Query), Is.EqualTo(new[] { "?page=1&per_page=2", "?page=2&per_page=2", "?page=3&per_page=2" }));

        var first = await client.ListSmsAsync().AsPages(pageSizeHint: 2).FirstAsync();
        Assert.That(first.ContinuationToken, Is.Not.Null, "the server said more pages follow");
        var one = await client.GetSmsAsync(all[0].Id);
        Assert.That(one.Value.Id, Is.EqualTo(all[0].Id));
        Assert.That(server.Requests[^1].Path, Is.EqualTo("/lynsms/api/v1/messages/" + all[0].Id));
    }

    [Test]
    public async Task Account_balance_and_usage()
    {
        var account = await client.GetAccountAsync();
        var balance = await client.GetBalanceAsync();
        var usage = await client.GetUsageAsync();

        Assert.That(account.Value.Name, Is.EqualTo("Fake Account"));
        Assert.That(account.Value.ToString(), Does.Not.Contain("owner@example.com"));
        Assert.That(balance.Value.Balance, Is.EqualTo(25m));
        Assert.That(balance.Value.Currency, Is.EqualTo("USD"));
        Assert.That(usage.Value.MessagesSent, Is.EqualTo(0));
        Assert.That(server.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/lynsms/api/v1/account", "/lynsms/api/v1/account/balance", "/lynsms/api/v1/account/usage" }));
    }

    [Test]
    public async Task Balance_path_is_configurable_because_it_is_undocumented()
    {
        await using var sp = TestClients.Create(server, o => o.LynSms.BalancePath = "/account");
        var lyn = sp.GetRequiredService<IInstasentClient>().LynSms;

        var balance = await lyn.GetBalanceAsync();

        Assert.That(balance.Value.Balance, Is.EqualTo(25m));
        Assert.That(server.Requests.Single().Path, Is.EqualTo("/lynsms/api/v1/account"));
    }

    [Test]
    public async Task Api_keys_create_and_revoke()
    {
        var created = await client.CreateApiKeyAsync(new LynSmsApiKeyRequest("production") { Scopes = ["sms:send", "sms:read"], AllowedIps = ["203.0.113.7"] });

        JsonAssert.AreEqual("""{"name":"production","scopes":["sms:send","sms:read"],"allowed_ips":["203.0.113.7"]}""", server.Requests[0].Body);
        Assert.That(server.Requests[0].Path, Is.EqualTo("/lynsms/api/v1/api-keys/create"));
        Assert.That(created.Value.Key, Does.StartWith("ds_live_"));
        Assert.That(created.Value.ToString(), Does.Not.Contain(created.Value.Key));
        Assert.That(server.LynSms.ApiKeyIds, Does.Contain(created.Value.Id));

        var revoked = await client.RevokeApiKeyAsync(created.Value.Id);

        Assert.That(server.Requests[1].Method, Is.EqualTo("DELETE"));
        Assert.That(server.Requests[1].Path, Is.EqualTo("/lynsms/api/v1/api-keys/" + created.Value.Id));
        Assert.That(revoked.Value.Id, Is.EqualTo(created.Value.Id));
        Assert.That(server.LynSms.ApiKeyIds, Is.Empty);
    }

    [Test]
    public async Task Revoke_accepts_an_empty_204()
    {
        server.EnqueueFault(new FakeFault { StatusCode = 204 });

        var revoked = await client.RevokeApiKeyAsync("key_1");

        Assert.That(revoked.Value.Id, Is.EqualTo("key_1"));
        Assert.That(revoked.StatusCode, Is.EqualTo(204));
    }

    [Test]
    public async Task Webhook_endpoints_create_list_and_events()
    {
        var created = await client.CreateWebhookEndpointAsync(new LynSmsWebhookEndpointRequest(new Uri("https://example.com/hooks/lynsms"), [LynSmsEventTypes.MessageDelivered, LynSmsEventTypes.MessageFailed]) { Description = "prod" });

        JsonAssert.AreEqual("""{"url":"https://example.com/hooks/lynsms","events":["message.delivered","message.failed"],"description":"prod"}""", server.Requests[0].Body);
        Assert.That(server.Requests[0].Path, Is.EqualTo("/lynsms/api/v1/webhooks/create"));
        Assert.That(created.Value.Id, Does.StartWith("whe_"));
        Assert.That(created.Value.SigningSecret, Does.StartWith("whsec_"));
        Assert.That(created.Value.IsActive, Is.True);
        Assert.That(created.Value.ToString(), Does.Not.Contain(created.Value.SigningSecret));

        var pages = await client.ListWebhookEndpointsAsync().AsPages().ToListAsync();
        Assert.That(pages, Has.Count.EqualTo(1), "one request answers the whole list");
        Assert.That(pages[0].ContinuationToken, Is.Null);
        Assert.That(pages[0].Items.Single().Id, Is.EqualTo(created.Value.Id));
        Assert.That(pages[0].Items.Single().SigningSecret, Is.Null);
        Assert.That(server.Requests[^1].Path, Is.EqualTo("/lynsms/api/v1/webhooks"));

        await client.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "x"));
        var events = new List<LynSmsEvent>();
        await foreach (var e in client.ListWebhookEventsAsync())
        {
            events.Add(e);
        }

        Assert.That(events.Single().Type, Is.EqualTo(LynSmsEventTypes.MessageSent));
        Assert.That(events.Single().Data!.To, Is.EqualTo("+12025550143"));
        Assert.That(server.Requests[^1].Path, Is.EqualTo("/lynsms/api/v1/webhooks/events"));
        Assert.ThrowsAsync<ArgumentException>(() => client.CreateWebhookEndpointAsync(new LynSmsWebhookEndpointRequest(new Uri("http://example.com"), ["message.sent"])));
    }

    [Test]
    public async Task Bulk_of_2500_sends_three_requests_of_at_most_1000_and_reports_by_index()
    {
        server.LynSms.Balance = 1000m;
        var recipients = Enumerable.Range(0, 2500).Select(i => i == 7 ? "not-a-number" : $"+1202{i:D7}").ToList();

        var result = await client.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Acme", recipients, "Sale today"));

        var bulk = server.Requests.Where(r => r.Path == "/lynsms/api/v1/messages/bulk").ToList();
        Assert.That(bulk, Has.Count.EqualTo(3));
        Assert.That(result.BatchCount, Is.EqualTo(3));
        Assert.That(result.Items, Has.Count.EqualTo(2500));
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 2500)));
        Assert.That(result.Items[7].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(result.Items[7].RejectedBeforeSending, Is.True);
        Assert.That(result.AcceptedCount, Is.EqualTo(2499));
        Assert.That(result.Items[2499].Result!.To, Is.EqualTo("+12020002499"));
        Assert.That(result.Items[1500].BatchNumber, Is.EqualTo(1));
        Assert.That(server.LynSms.Messages, Has.Count.EqualTo(2499));
        var bodies = bulk.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body)!).ToList();
        Assert.That(bodies.Select(b => b["recipients"]!.AsArray().Count).Order(), Is.EqualTo(new[] { 499, 1000, 1000 }));
        var firstBatch = bodies.Single(b => (string?)b["recipients"]![0] == "+12020000000");
        Assert.That((string?)firstBatch["from"], Is.EqualTo("Acme"));
        Assert.That((string?)firstBatch["body"], Is.EqualTo("Sale today"));
        Assert.That(firstBatch["recipients"]!.AsArray().Select(n => (string?)n), Does.Not.Contain("not-a-number"));
    }

    [Test]
    public async Task Bulk_rejections_from_the_server_land_on_the_right_recipient()
    {
        server.LynSms.Balance = 0.10m; // two messages

        var result = await client.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Acme", ["+12025550001", "+12025550002", "+12025550003"], "Hi"));

        Assert.That(result.Items.Select(i => i.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Accepted, BatchItemStatus.Rejected }));
        Assert.That(result.Items[2].Errors.Single().Message, Does.StartWith("insufficient_balance"));
    }

    [Test]
    public void Bulk_mapper_reads_a_bare_array_and_errors_keyed_by_recipient()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""
            {"messages":[{"id":"msg_b","to":"+12025550002"},{"id":"msg_a","to":"+12025550001"}],
             "failed":[{"recipient":"+12025550003","error":{"code":"blocklisted","message":"Number is blocklisted"}}]}
            """);
        var outcomes = LynSmsBulkOutcomeMapper.Map(["+12025550001", "+12025550002", "+12025550003", "+12025550004"], doc.RootElement);

        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("msg_a"));
        Assert.That(outcomes[1].Result!.Id, Is.EqualTo("msg_b"));
        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Errors.Single().Message, Is.EqualTo("blocklisted: Number is blocklisted"));
        Assert.That(outcomes[3].Status, Is.EqualTo(BatchItemStatus.Unknown), "an item nothing accounts for is never dropped, and never called safe to send again");

        using var array = System.Text.Json.JsonDocument.Parse("""[{"id":"msg_1"},{"id":"msg_2"}]""");
        var inOrder = LynSmsBulkOutcomeMapper.Map(["+12025550001", "+12025550002"], array.RootElement);
        Assert.That(inOrder.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Accepted), "every recipient was accepted: that much is certain");
        Assert.That(inOrder.Select(o => o.IsAmbiguous), Is.All.True, "messages that echo no recipient cannot be told apart");
    }

    [Test]
    public void Bulk_batch_failure_marks_its_items_failed_and_keeps_the_others()
    {
        server.LynSms.Balance = 1000m;
        server.EnqueueFault(FakeFault.Json(400, """{"success":false,"error":{"type":"invalid_request_error","code":"invalid_request","message":"bad"}}""") with { PathEndsWith = "/messages/bulk" });

        var result = client.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Acme", Enumerable.Range(0, 1001).Select(i => $"+1202{i:D7}").ToList(), "Hi"), cancellationToken: CancellationToken.None).GetAwaiter().GetResult();

        Assert.That(result.FailedCount + result.AcceptedCount, Is.EqualTo(1001));
        Assert.That(result.FailedCount, Is.AnyOf(1000, 1));
        Assert.That(result.Items.First(i => i.Status == BatchItemStatus.Failed).Exception, Is.TypeOf<InstasentBadRequestException>());
    }
}
