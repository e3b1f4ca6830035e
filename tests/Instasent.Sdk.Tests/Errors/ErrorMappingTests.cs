using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Errors;

public sealed class ErrorMappingTests : FakeServerFixture
{
    [TestCase(400, typeof(InstasentBadRequestException))]
    [TestCase(401, typeof(InstasentAuthenticationException))]
    [TestCase(402, typeof(InstasentInsufficientFundsException))]
    [TestCase(403, typeof(InstasentPermissionDeniedException))]
    [TestCase(404, typeof(InstasentNotFoundException))]
    [TestCase(409, typeof(InstasentConflictException))]
    [TestCase(413, typeof(InstasentPayloadTooLargeException))]
    [TestCase(422, typeof(InstasentValidationException))]
    [TestCase(418, typeof(InstasentApiException))]
    public void Each_status_maps_to_its_exception_with_the_api_message(int status, Type expected)
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(status, "{\"message\":\"Body should be a JSON object\",\"errors\":{\"to\":[\"Invalid phone\"]}}"));

        var ex = Assert.CatchAsync<InstasentApiException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "secret text")));

        Assert.That(ex, Is.TypeOf(expected));
        Assert.That(ex!.StatusCode, Is.EqualTo(status));
        Assert.That(ex.ApiMessage, Is.EqualTo("Body should be a JSON object"));
        Assert.That(ex.FieldErrors["to"], Is.EqualTo(new[] { "Invalid phone" }));
        Assert.That(ex.RequestId, Does.StartWith("req_"));
        Assert.That(ex.Operation, Is.EqualTo("Transactional.SendSms"));
        Assert.That(ex.Message, Does.StartWith($"HTTP {status}").And.Contain("Body should be a JSON object").And.Contain(ex.RequestId));
        Assert.That(ex.Message, Does.Not.Contain("\n"));
        Assert.That(ex.ToString(), Does.Not.Contain("fake-token").And.Not.Contain("secret text"));
    }

    [Test]
    public void A_500_on_a_get_after_all_retries_is_a_server_exception_with_every_attempt()
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 2);
        Server.EnqueueFault(FakeFault.ServerError(500) with { Times = 3 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()));

        Assert.That(ex!.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 500, 500, 500 }));
        Assert.That(ex.Attempts[0].RetryDelaySource, Is.EqualTo(Instasent.Sdk.RetryDelaySource.Backoff));
    }

    [Test]
    public void An_html_error_page_from_a_proxy_is_a_typed_exception_with_the_body_kept()
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.HtmlPage(502));

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo(502));
        Assert.That(ex.ApiMessage, Is.Null);
        Assert.That(ex.ResponseBody, Does.Contain("Bad Gateway"));
    }

    [Test]
    public void An_empty_429_is_a_rate_limited_exception()
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.RateLimited(("X-RateLimit-Remaining", "0"), ("X-RateLimit-Limit", "600")));

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.ResponseBody, Is.Null);
        Assert.That(ex.RateLimit!.Remaining, Is.Zero);
        Assert.That(ex.RateLimit.Limit, Is.EqualTo(600));
    }

    [Test]
    public void Malformed_json_on_success_is_a_response_format_exception()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.MalformedJson(200));

        var ex = Assert.ThrowsAsync<InstasentResponseFormatException>(() => client.Transactional.GetSmsAsync("sms_1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(200));
        Assert.That(ex.ResponseBody, Does.Contain("broken"));
        Assert.That(ex.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
    }

    [Test]
    public void A_body_cut_in_the_middle_of_a_get_is_retried_and_then_reported_as_transport()
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 1);
        Server.EnqueueFault(new FakeFault { StatusCode = 200, Body = "{\"entity\":{\"available\":12.5,\"currency\":\"EUR\"}}", TruncateBody = true, Times = 2 });

        var ex = Assert.ThrowsAsync<InstasentTransportException>(() => WithFakeTime(client.Transactional.GetBalanceAsync()));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(2));
        Assert.That(ex.Kind, Is.EqualTo(TransportFailureKind.ConnectionLost));
    }

    [Test]
    public void Response_bodies_above_the_cap_are_refused()
    {
        var client = CreateClient(o => o.MaxResponseBodyBytes = 2048);
        Server.EnqueueFault(FakeFault.Json(200, "{\"entity\":{\"currency\":\"" + new string('x', 10_000) + "\"}}"));

        var ex = Assert.ThrowsAsync<InstasentResponseFormatException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.Message, Does.Contain("2048 byte cap"));
    }

    [Test]
    public void The_kept_error_body_is_truncated_to_8_kib()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(400, "{\"message\":\"" + new string('y', 20_000) + "\"}"));

        var ex = Assert.ThrowsAsync<InstasentBadRequestException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.ResponseBody, Has.Length.EqualTo(8 * 1024));
        Assert.That(ex.Message.Length, Is.LessThan(600));
    }

    [Test]
    public void Phone_numbers_echoed_by_the_server_are_masked_in_the_message()
    {
        var client = CreateClient();
        Server.EnqueueFault(FakeFault.Json(422, "{\"message\":\"Number +34600111222 is blocked\"}"));

        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.Message, Does.Not.Contain("+34600111222").And.Contain("+34*******22"));
        Assert.That(ex.ApiMessage, Is.EqualTo("Number +34600111222 is blocked"), "the raw API message stays available on the property");
    }

    [Test]
    public void A_redirect_is_not_followed_so_the_token_never_reaches_another_host()
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(new FakeFault { StatusCode = 302, Headers = new Dictionary<string, string> { ["Location"] = "http://127.0.0.2:9/steal" } });

        var ex = Assert.ThrowsAsync<InstasentApiException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo(302));
        Assert.That(Server.RequestCount, Is.EqualTo(1));
    }
}
