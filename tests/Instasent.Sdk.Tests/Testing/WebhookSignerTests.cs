using System.Text;
using System.Text.RegularExpressions;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Testing;

public sealed class WebhookSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);

    [TestCase("")]
    [TestCase("{}")]
    [TestCase("{\"id\":\"evt_1\",\"type\":\"message.failed\",\"text\":\"¡Hola, señor! 👋\"}\r\n")]
    public void LynSms_signer_produces_the_documented_header_and_round_trips(string body)
    {
        var time = new FakeTimeProvider(Now);

        var header = new LynSmsWebhookSigner("s3cret", time).CreateSignatureHeader(body);

        Assert.That(header, Does.Match("^t=1778580000,v1=[0-9a-f]{64}$"));
        Assert.That(LynSmsWebhookSigner.HeaderName, Is.EqualTo("LynSMS-Signature"));
        Assert.That(new LynSmsWebhookVerifier("s3cret", time).Verify(header, Encoding.UTF8.GetBytes(body)), Is.EqualTo(Now));
    }

    [Test]
    public void Hellio_signer_produces_all_three_headers_and_round_trips()
    {
        var time = new FakeTimeProvider(Now);
        const string body = "{\"event\":\"message.delivered\",\"mobile_number\":\"233241234567\"}";

        var headers = new HellioWebhookSigner("s3cret", time).Sign(body);

        Assert.That(headers.Timestamp, Is.EqualTo("1778580000"));
        Assert.That(Regex.IsMatch(headers.Signature!, "^[0-9a-f]{64}$") && Regex.IsMatch(headers.SignatureV2!, "^[0-9a-f]{64}$"), Is.True);
        Assert.That(headers.SignatureV2, Is.Not.EqualTo(headers.Signature));
        var verifier = new HellioWebhookVerifier("s3cret", time);
        Assert.That(verifier.Verify(headers, Encoding.UTF8.GetBytes(body)), Is.EqualTo(Now));
        var legacy = new HellioWebhookVerifier(new HellioWebhookOptions { SigningSecret = "s3cret", AllowLegacyV1Signatures = true }, time);
        Assert.That(legacy.Verify(headers with { SignatureV2 = null }, Encoding.UTF8.GetBytes(body)), Is.Null, "the V1 header is right too");
        Assert.DoesNotThrow(() => new HellioUssdCallbackVerifier(new HellioUssdCallbackOptions { LiveSecret = "s3cret" }).Verify(new HellioWebhookSigner("s3cret").SignUssdCallback(body), Encoding.UTF8.GetBytes(body)));
    }

    [Test]
    public async Task Fake_server_delivers_to_any_url_and_reports_each_answer()
    {
        await using var receiver = await InstasentFakeServer.StartAsync();
        await using var sender = await InstasentFakeServer.StartAsync();

        var results = await sender.DeliverLynSmsWebhookAsync(new Uri(receiver.BaseAddress, "not-a-route"), "s3cret", new LynSmsWebhookEvent { Id = "evt_1", Type = LynSmsWebhookEventType.MessageSent }, new WebhookDeliveryOptions { Deliveries = 2, Headers = new Dictionary<string, string> { ["X-Test"] = "1" } });

        Assert.That(results.Select(r => r.StatusCode), Is.EqualTo(new[] { 404, 404 }));
        Assert.That(results[0].IsSuccess, Is.False);
        var recorded = receiver.Requests;
        Assert.That(recorded, Has.Count.EqualTo(2));
        Assert.That(recorded[0].Body, Is.EqualTo(recorded[1].Body));
        Assert.That(recorded[0].Headers["X-Test"], Is.EqualTo("1"));
        Assert.That(new LynSmsWebhookVerifier("s3cret").VerifyAndParse(recorded[0].Headers["LynSMS-Signature"], recorded[0].Body).Id, Is.EqualTo("evt_1"));
    }
}
