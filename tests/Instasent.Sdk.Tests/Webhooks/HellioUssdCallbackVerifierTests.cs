using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

public sealed class HellioUssdCallbackVerifierTests
{
    private const string TestSecret = "ussk_test_abc";
    private const string LiveSecret = "ussk_live_xyz";
    private readonly HellioUssdCallbackVerifier verifier = new(new HellioUssdCallbackOptions { TestSecret = TestSecret, LiveSecret = LiveSecret });

    private static string Body(string mode) => $$"""{"sessionId":"ses_1","msisdn":"233241234567","serviceCode":"*920*100#","input":"1","sequence":2,"mode":"{{mode}}"}""";

    [TestCase("live", LiveSecret)]
    [TestCase("test", TestSecret)]
    public void Callback_signed_with_its_mode_secret_is_verified_and_typed(string mode, string secret)
    {
        var body = Body(mode);

        var callback = verifier.VerifyAndParse(new HellioWebhookSigner(secret).SignUssdCallback(body), body);

        Assert.That(callback.SessionId, Is.EqualTo("ses_1"));
        Assert.That(callback.Msisdn, Is.EqualTo("233241234567"));
        Assert.That(callback.ServiceCode, Is.EqualTo("*920*100#"));
        Assert.That(callback.Input, Is.EqualTo("1"));
        Assert.That(callback.Sequence, Is.EqualTo(2));
        Assert.That(callback.Mode.Value, Is.EqualTo(mode));
        Assert.That(callback.ToString(), Does.Not.Contain("241234567"));
    }

    [Test]
    public void A_test_secret_cannot_vouch_for_a_live_callback()
    {
        var body = Body("live");

        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(new HellioWebhookSigner(TestSecret).SignUssdCallback(body), body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
        Assert.That(ex.Message, Does.Not.Contain(TestSecret));
    }

    [Test]
    public void Wrong_missing_or_malformed_signatures_are_rejected()
    {
        var body = Body("live");

        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(new HellioWebhookSigner("nope").SignUssdCallback(body), body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(null, body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MissingHeader));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse("12", body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
        Assert.Throws<ArgumentException>(() => _ = new HellioUssdCallbackVerifier(new HellioUssdCallbackOptions()));
    }

    [Test]
    public void Live_only_configuration_refuses_test_callbacks()
    {
        var liveOnly = new HellioUssdCallbackVerifier(new HellioUssdCallbackOptions { LiveSecret = LiveSecret });
        var body = Body("test");

        Assert.Throws<WebhookSignatureException>(() => liveOnly.VerifyAndParse(new HellioWebhookSigner(TestSecret).SignUssdCallback(body), body));
    }

    [Test]
    public void Reply_is_written_in_the_wire_shape()
    {
        Assert.That(HellioWebhookParser.Serialize(HellioUssdReply.Continue("1. Balance")), Is.EqualTo("""{"message":"1. Balance","action":"continue"}"""));
        Assert.That(HellioWebhookParser.ParseUssdReply("""{"message":"Bye","action":"end"}""").Action, Is.EqualTo(HellioUssdAction.End));
    }
}
