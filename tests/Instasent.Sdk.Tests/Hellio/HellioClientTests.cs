using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Hellio;

public sealed class HellioClientTests : FakeServerFixture
{
    private IHellioClient client = null!;

    [SetUp]
    public void CreateHellioClient() => client = CreateClient().Hellio;

    [Test]
    public async Task Send_sms_posts_the_body_with_an_idempotency_key_and_reads_money_as_decimal()
    {
        var response = await client.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567", "233201234567", "bad"], "Hello"));

        var request = Server.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo("/hellio/v1/sms/send"));
        Assert.That(request.BearerToken, Is.EqualTo("fake-token"));
        Assert.That(request.Header("Accept"), Does.Contain("application/json"));
        JsonAssert.AreEqual("""{"recipients":["+233241234567","233201234567","bad"],"sender":"Acme","message":"Hello"}""", request.Body);
        Assert.That(request.Header("Idempotency-Key"), Has.Length.EqualTo(32));
        Assert.That(response.IdempotencyKey, Is.EqualTo(request.Header("Idempotency-Key")));
        Assert.That(response.IdempotentReplayed, Is.False);
        Assert.That(response.StatusCode, Is.EqualTo(202));
        Assert.That(response.Value.Status, Is.EqualTo(HellioCampaignStatus.Queued));
        Assert.That(response.Value.AcceptedRecipients, Is.EqualTo(2));
        Assert.That(response.Value.InvalidRecipients, Is.EqualTo(1));
        Assert.That(response.Value.EstimatedCost, Is.EqualTo(0.07m));
        Assert.That(response.Value.Currency, Is.EqualTo("GHS"));
        Assert.That(response.Value.CampaignId, Is.EqualTo(Server.Hellio.Campaigns.Single().Id));
    }

    [Test]
    public void Bad_input_fails_before_sending()
    {
        Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync(new HellioSmsRequest("Acme", [], "x")));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync(new HellioSmsRequest("TwelveChars!", ["+233241234567"], "x")));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], "x"), new InstasentRequestOptions { IdempotencyKey = "has space" }));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme") with { Email = "a@b.co" }));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme") with { Length = 3 }));
        Assert.ThrowsAsync<ArgumentException>(() => client.SendVoiceAsync(new HellioVoiceRequest(["+233241234567"])));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.ListMessagesAsync().AsPages(pageSizeHint: 0));
        Assert.ThrowsAsync<ArgumentException>(() => client.GetBalanceAsync(new InstasentRequestOptions { IdempotencyKey = "k1" }));
        Assert.Throws<ArgumentException>(() => client.ListMessagesAsync(new HellioMessageStatus(" ")));
        Assert.That(Server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task Otp_send_switches_the_destination_field_with_the_channel()
    {
        await client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme") with { Length = 6, Expiry = 5, Purpose = "checkout" });
        var email = await client.SendOtpAsync(HellioOtpRequest.ByEmail("ama@example.com"));

        JsonAssert.AreEqual("""{"channel":"sms","mobile_number":"+233241234567","sender":"Acme","length":6,"expiry":5,"purpose":"checkout"}""", Server.Requests[0].Body);
        JsonAssert.AreEqual("""{"channel":"email","email":"ama@example.com"}""", Server.Requests[1].Body);
        Assert.That(Server.Requests.All(r => r.Header("Idempotency-Key") is { Length: > 0 }), Is.True);
        Assert.That(email.StatusCode, Is.EqualTo(201));
        Assert.That(email.Value.Reference, Is.EqualTo(Server.Hellio.Otps[1].Reference));
        Assert.That(Server.Hellio.Otps[0].Code, Has.Length.EqualTo(6));
    }

    [Test]
    public async Task Otp_verify_returns_a_result_for_right_and_wrong_codes()
    {
        await client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme"));
        var code = Server.Hellio.LastOtpCode("+233241234567")!;

        var wrong = await client.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber("+233241234567", code == "000000" ? "111111" : "000000"));
        var right = await client.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber("+233241234567", code));

        Assert.That(wrong.StatusCode, Is.EqualTo(422));
        Assert.That(wrong.Value.Verified, Is.False);
        Assert.That(wrong.Value.Status, Is.EqualTo("invalid"));
        Assert.That(right.Value.Verified, Is.True);
        Assert.That(right.Value.Status, Is.EqualTo("verified"));
        JsonAssert.AreEqual($$"""{"channel":"sms","mobile_number":"+233241234567","code":"{{code}}"}""", Server.Requests[^1].Body);
        Assert.That(Server.Requests[^1].Header("Idempotency-Key"), Is.Null);
    }

    [Test]
    public async Task Otp_verify_reads_the_validation_style_422_as_not_verified_but_throws_for_other_422s()
    {
        Server.EnqueueFault(FakeFault.Json(422, """{"message":"The code is invalid.","errors":{"code":["The code is invalid."]}}"""));
        var invalid = await client.VerifyOtpAsync(HellioOtpVerifyRequest.ForEmail("ama@example.com", "1234"));
        Assert.That(invalid.Value.Verified, Is.False);
        Assert.That(invalid.Value.Message, Is.EqualTo("The code is invalid."));

        Server.EnqueueFault(FakeFault.Json(422, """{"message":"Bad number","error":"invalid_recipient"}"""));
        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber("+233241234567", "1234")));
        Assert.That(ex!.ErrorCode, Is.EqualTo("invalid_recipient"));
    }

    [Test]
    public async Task Voice_send_and_get()
    {
        var sent = await client.SendVoiceAsync(new HellioVoiceRequest(["+233241234567"]) { CallerId = "Acme", Text = "Your order shipped", Voice = "nova", Name = "shipping" });
        var got = await client.GetVoiceAsync(sent.Value.Id!);

        JsonAssert.AreEqual("""{"recipients":["+233241234567"],"caller_id":"Acme","text":"Your order shipped","voice":"nova","name":"shipping"}""", Server.Requests[0].Body);
        Assert.That(Server.Requests[0].Header("Idempotency-Key"), Is.Not.Null);
        Assert.That(got.Value.Id, Is.EqualTo(Server.Hellio.VoiceBroadcasts.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(got.Value.EstimatedCost, Is.EqualTo(0.12m));
        Assert.That(Server.Requests[1].Path, Is.EqualTo("/hellio/v1/voice/" + sent.Value.Id));

        var audio = Assert.ThrowsAsync<InstasentValidationException>(() => client.SendVoiceAsync(new HellioVoiceRequest(["+233241234567"]) { AudioUrl = new Uri("https://unreachable.example/a.mp3") }));
        Assert.That(audio!.ErrorCode, Is.EqualTo(HellioErrorCodes.AudioError));
    }

    [Test]
    public async Task Lookup_create_get_and_list()
    {
        var created = await client.CreateLookupAsync(new HellioLookupRequest(["+233241234567", "233201234567"]) { ScheduledAt = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero) });
        await client.CreateLookupAsync(new HellioLookupRequest(["+233241234568"]));
        var one = await client.GetLookupAsync(created.Value.Id!);
        var all = new List<HellioLookup>();
        await foreach (var page in client.ListLookupsAsync().AsPages(pageSizeHint: 1))
        {
            all.AddRange(page.Items);
        }

        JsonAssert.AreEqual("""{"numbers":["+233241234567","233201234567"],"scheduled_at":"2026-07-01T09:00:00+00:00"}""", Server.Requests[0].Body);
        Assert.That(created.Value.Accepted, Is.EqualTo(2));
        Assert.That(one.Value.Results!.Value.GetArrayLength(), Is.EqualTo(2));
        Assert.That(all, Has.Count.EqualTo(2));
        Assert.That(Server.Requests.Count(r => r.Path == "/hellio/v1/lookups"), Is.EqualTo(2));
        var none = Assert.ThrowsAsync<InstasentValidationException>(() => client.CreateLookupAsync(new HellioLookupRequest(["12"])));
        Assert.That(none!.ErrorCode, Is.EqualTo(HellioErrorCodes.NoValidNumbers));
    }

    [Test]
    public async Task Email_verify_balance_and_pricing()
    {
        var checks = await client.VerifyEmailsAsync(["ama@example.com", "x@mailinator.com"]);
        var balance = await client.GetBalanceAsync();
        var pricing = await client.GetPricingAsync("gh");

        JsonAssert.AreEqual("""{"emails":["ama@example.com","x@mailinator.com"]}""", Server.Requests[0].Body);
        Assert.That(checks.Value.Select(c => c.Valid), Is.EqualTo(new bool?[] { true, false }));
        Assert.That(checks.Value[1].Disposable, Is.True);
        Assert.That(checks.Value[0].ToString(), Does.Not.Contain("ama@example.com"));
        Assert.That(balance.Value.Balance, Is.EqualTo(195.0000m));
        Assert.That(balance.GetRawText(), Does.Contain("\"195.0000\""));
        Assert.That(pricing.Value, Has.Count.EqualTo(3));
        Assert.That(pricing.Value[2].Price, Is.EqualTo(0.0325m));
        Assert.That(Server.Requests[2].Query, Is.EqualTo("?country=GH"));
    }

    [Test]
    public async Task Email_verify_accepts_a_results_object_too()
    {
        Server.EnqueueFault(FakeFault.Json(200, """{"data":{"results":[{"email":"a@b.co","status":"valid","valid":true}],"billed":1}}"""));

        var checks = await client.VerifyEmailsAsync(["a@b.co"]);

        Assert.That(checks.Value.Single().Status, Is.EqualTo("valid"));
    }

    [Test]
    public async Task Messages_and_campaigns_paginate_lazily_with_cursors()
    {
        for (var i = 0; i < 3; i++)
        {
            await client.SendSmsAsync(new HellioSmsRequest("Acme", [$"+23324123456{i}", $"+23320123456{i}"], "m" + i));
        }

        Server.ClearRequests();
        var messages = new List<HellioMessage>();
        await foreach (var page in client.ListMessagesAsync(HellioMessageStatus.Delivered).AsPages(pageSizeHint: 4))
        {
            messages.AddRange(page.Items);
        }

        Assert.That(messages, Has.Count.EqualTo(6));
        Assert.That(messages[0].Message, Is.EqualTo("m2"), "newest first");
        Assert.That(Server.Requests, Has.Count.EqualTo(2));
        Assert.That(Server.Requests[0].Query, Is.EqualTo("?status=delivered&per_page=4"));
        Assert.That(Server.Requests[1].Query, Does.StartWith("?status=delivered&cursor="));

        var first = await client.ListCampaignsAsync().AsPages(pageSizeHint: 2).FirstAsync();
        Assert.That(first.Items, Has.Count.EqualTo(2));
        Assert.That(first.ContinuationToken, Is.Not.Null);
        var second = await client.ListCampaignsAsync().AsPages(first.ContinuationToken, pageSizeHint: 2).SingleAsync();
        Assert.That(second.Items, Has.Count.EqualTo(1));
        Assert.That(second.ContinuationToken, Is.Null);

        var campaign = await client.GetCampaignAsync(Server.Hellio.Campaigns[0].Reference);
        Assert.That(campaign.Value.Id, Is.EqualTo(Server.Hellio.Campaigns[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(campaign.Value.Breakdown!.Value.GetProperty("delivered").GetInt32(), Is.EqualTo(2));
        var byNumber = await client.GetCampaignAsync(campaign.Value.Id!);
        Assert.That(byNumber.Value.Reference, Is.EqualTo(campaign.Value.Reference));

        var single = await client.GetMessageAsync(messages[0].Reference!);
        Assert.That(single.Value.MobileNumber, Is.EqualTo(messages[0].MobileNumber));
        Assert.That(single.Value.Cost, Is.EqualTo(0.035m));
        Assert.That(single.Value.ToString(), Does.Not.Contain(messages[0].MobileNumber));
        Assert.ThrowsAsync<InstasentNotFoundException>(() => client.GetMessageAsync("missing"));
    }

    [Test]
    public async Task Webhooks_list_create_and_delete()
    {
        var created = await client.CreateWebhookEndpointAsync(new HellioWebhookEndpointRequest(new Uri("https://example.com/hellio")) { Events = ["message.delivered", "message.failed"] });
        await client.CreateWebhookEndpointAsync(new HellioWebhookEndpointRequest(new Uri("https://example.com/all")) { Events = [] });
        var pages = await client.ListWebhookEndpointsAsync().AsPages().ToListAsync();
        var list = pages.Single().Response;
        var deleted = await client.DeleteWebhookEndpointAsync(created.Value.Id!);

        JsonAssert.AreEqual("""{"url":"https://example.com/hellio","events":["message.delivered","message.failed"]}""", Server.Requests[0].Body);
        JsonAssert.AreEqual("""{"url":"https://example.com/all"}""", Server.Requests[1].Body);
        Assert.That(created.Value.Secret, Does.StartWith("whsec_"));
        Assert.That(created.Value.ToString(), Does.Not.Contain(created.Value.Secret));
        Assert.That(list.Value, Has.Count.EqualTo(2));
        Assert.That(list.Value.All(w => w.Secret is null), Is.True);
        Assert.That(deleted.StatusCode, Is.EqualTo(204));
        Assert.That(deleted.Value.Id, Is.EqualTo(created.Value.Id));
        Assert.That(Server.Requests[^1].Method, Is.EqualTo("DELETE"));
        Assert.That(Server.Requests[^1].Path, Is.EqualTo("/hellio/v1/webhooks/" + created.Value.Id));
        Assert.That(pages.Single().ContinuationToken, Is.Null, "one request, one page");
        Assert.That(Server.Requests.Count(r => r.Method == "GET" && r.Path == "/hellio/v1/webhooks"), Is.EqualTo(1));
        Assert.ThrowsAsync<InstasentNotFoundException>(() => client.DeleteWebhookEndpointAsync(created.Value.Id!));
    }

    [Test]
    public async Task Numeric_and_string_ids_are_both_read()
    {
        Server.EnqueueFault(FakeFault.Json(200, """{"data":{"id":"5f0c1a2e-uuid","reference":"r","campaign_id":77}}"""));
        var message = await client.GetMessageAsync("5f0c1a2e-uuid");

        Assert.That(message.Value.Id, Is.EqualTo("5f0c1a2e-uuid"));
        Assert.That(message.Value.CampaignId, Is.EqualTo("77"));
    }
}
