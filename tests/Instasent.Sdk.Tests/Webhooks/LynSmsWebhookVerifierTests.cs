using System.Text;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

public sealed class LynSmsWebhookVerifierTests
{
    private const string Secret = "whsec_test_secret";
    private const string Body = """{"id":"evt_a9bX2mF4tQpKrLcSdN1zVeY3o","object":"event","type":"message.delivered","created_at":"2026-05-12T10:00:00+00:00","data":{"id":"msg_1","object":"message","to":"+34600111222","from":"Acme","status":"delivered","provider":"twilio","delivered_at":"2026-05-12T10:00:05+00:00","segments":2}}""";
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);
    private FakeTimeProvider time = null!;
    private LynSmsWebhookVerifier verifier = null!;
    private LynSmsWebhookSigner signer = null!;

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(Now);
        verifier = new LynSmsWebhookVerifier(Secret, time);
        signer = new LynSmsWebhookSigner(Secret, time);
    }

    [Test]
    public void Valid_signature_is_accepted_and_the_event_is_typed()
    {
        var header = signer.CreateSignatureHeader(Body);

        var e = verifier.VerifyAndParse(header, Body);

        Assert.That(e.Id, Is.EqualTo("evt_a9bX2mF4tQpKrLcSdN1zVeY3o"));
        Assert.That(e.Type, Is.EqualTo(LynSmsWebhookEventType.MessageDelivered));
        Assert.That(e.Type.IsKnown, Is.True);
        Assert.That(e.CreatedAt, Is.EqualTo(Now));
        Assert.That(e.Data!.To, Is.EqualTo("+34600111222"));
        Assert.That(e.Data.DeliveredAt, Is.EqualTo(Now.AddSeconds(5)));
        Assert.That(e.Data.AdditionalProperties!["segments"].GetInt32(), Is.EqualTo(2));
        Assert.That(verifier.Verify(header, Encoding.UTF8.GetBytes(Body)), Is.EqualTo(Now));
    }

    [Test]
    public void A_known_vector_computed_outside_dotnet_verifies()
    {
        // HMAC-SHA-256("whsec_test_secret", "1778580000." + body), computed with Python's hmac module.
        const string body = """{"id":"evt_1","type":"message.sent"}""";
        var at = DateTimeOffset.FromUnixTimeSeconds(1778580000);
        var v = new LynSmsWebhookVerifier(Secret, new FakeTimeProvider(at));

        var e = v.VerifyAndParse("t=1778580000,v1=e37410809f42109a62f98927e636017a2b065a80d9da628fd45284cc6ce02c63", body);

        Assert.That(e.Type, Is.EqualTo(LynSmsWebhookEventType.MessageSent));
        Assert.That(LynSmsWebhookSigner.ComputeSignature(Secret, "1778580000", Encoding.UTF8.GetBytes(body)), Is.EqualTo("e37410809f42109a62f98927e636017a2b065a80d9da628fd45284cc6ce02c63"));
    }

    [Test]
    public void Tampered_body_is_a_mismatch()
    {
        var header = signer.CreateSignatureHeader(Body);

        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, Body.Replace("delivered\"", "failed\"", StringComparison.Ordinal)));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
        Assert.That(ex.HeaderName, Is.EqualTo("LynSMS-Signature"));
        Assert.That(ex.Provider, Is.EqualTo("LynSMS"));
    }

    [Test]
    public void Wrong_secret_is_a_mismatch()
    {
        var header = new LynSmsWebhookSigner("another_secret", time).CreateSignatureHeader(Body);

        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.Verify(header, Encoding.UTF8.GetBytes(Body)));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void Timestamp_older_than_the_tolerance_is_rejected_and_the_boundary_is_accepted()
    {
        var header = signer.CreateSignatureHeader(Body);

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.DoesNotThrow(() => verifier.VerifyAndParse(header, Body));
        time.Advance(TimeSpan.FromSeconds(1));
        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.TimestampOutsideTolerance));
        Assert.That(ex.Message, Does.Contain("301 s old"));
    }

    [Test]
    public void Timestamp_in_the_future_beyond_the_tolerance_is_rejected()
    {
        var header = signer.CreateSignatureHeader(Body, Now.AddMinutes(6));

        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.TimestampOutsideTolerance));
        Assert.That(ex.Message, Does.Contain("in the future"));
    }

    [Test]
    public void Tolerance_is_configurable()
    {
        var lenient = new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = Secret, Tolerance = TimeSpan.FromMinutes(10) }, time);
        var header = signer.CreateSignatureHeader(Body, Now.AddMinutes(-9));

        Assert.DoesNotThrow(() => lenient.VerifyAndParse(header, Body));
        Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, Body));
        Assert.DoesNotThrow(() => new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = Secret, Tolerance = Timeout.InfiniteTimeSpan }, time).VerifyAndParse(signer.CreateSignatureHeader(Body, Now.AddYears(-1)), Body));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = Secret, Tolerance = TimeSpan.Zero }));
    }

    [TestCase("garbage")]
    [TestCase("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("t=1778580000")]
    [TestCase("t=1778580000,v0=0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("t=1778580000,t=1778580001,v1=0000000000000000000000000000000000000000000000000000000000000000")]
    [TestCase("t=1778580000,v1=not-hex")]
    [TestCase("t=1778580000,v1=00000000000000000000000000000000")]
    [TestCase("t=1778580000,v1=zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Malformed_header_is_reported_as_malformed(string header)
    {
        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Missing_header_is_reported_as_missing(string? header)
    {
        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MissingHeader));
    }

    [Test]
    public void Any_matching_v1_among_several_is_accepted()
    {
        var t = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(Body);
        var good = LynSmsWebhookSigner.ComputeSignature(Secret, t, bytes);
        var bad = LynSmsWebhookSigner.ComputeSignature("old_secret", t, bytes);

        Assert.DoesNotThrow(() => verifier.Verify($"t={t},v1={bad},v1={good}", bytes));
        Assert.DoesNotThrow(() => verifier.Verify($"t={t}, v1={good} ,v1={bad}", bytes));
        Assert.DoesNotThrow(() => verifier.Verify($"t={t},v0=abc,v1=nothex,v1={good.ToUpperInvariant()}", bytes));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={t},v1={bad},v1={bad}", bytes))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void Additional_secrets_allow_rotation()
    {
        var rotating = new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = "new_secret", AdditionalSigningSecrets = [Secret] }, time);

        Assert.DoesNotThrow(() => rotating.VerifyAndParse(signer.CreateSignatureHeader(Body), Body));
        Assert.DoesNotThrow(() => rotating.VerifyAndParse(new LynSmsWebhookSigner("new_secret", time).CreateSignatureHeader(Body), Body));
    }

    [Test]
    public void The_raw_body_is_signed_byte_for_byte_including_trailing_whitespace()
    {
        var raw = Body + "\r\n  \r\n";
        var header = signer.CreateSignatureHeader(raw);

        Assert.DoesNotThrow(() => verifier.VerifyAndParse(header, raw));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(header, raw.TrimEnd()))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void Unknown_event_types_and_members_are_kept()
    {
        const string body = """{"id":"evt_x","object":"event","type":"message.clicked","created_at":"2026-05-12T10:00:00Z","data":{"id":"msg_1","link":"https://x"},"livemode":true}""";

        var e = verifier.VerifyAndParse(signer.CreateSignatureHeader(body), body);

        Assert.That(e.Type.Value, Is.EqualTo("message.clicked"));
        Assert.That(e.Type.IsKnown, Is.False);
        Assert.That(e.AdditionalProperties!["livemode"].GetBoolean(), Is.True);
        Assert.That(e.Data!.AdditionalProperties!["link"].GetString(), Is.EqualTo("https://x"));
    }

    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("""{"id":"evt_1","type":"message.sent","data":5}""")]
    [TestCase("""{"id":"evt_1","type":"message.sent","data":{"id":"m"}""")]
    [TestCase("""{"id":"evt_1"}""")]
    [TestCase("")]
    public void A_verified_body_that_is_not_an_event_is_a_typed_payload_error(string body)
    {
        var header = signer.CreateSignatureHeader(body);

        var ex = Assert.Throws<WebhookPayloadException>(() => verifier.VerifyAndParse(header, body));

        Assert.That(ex!.Provider, Is.EqualTo("LynSMS"));
        Assert.That(ex, Is.InstanceOf<InstasentWebhookException>());
    }

    [Test]
    public void Missing_secret_is_an_argument_error_naming_the_option()
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new LynSmsWebhookVerifier(new LynSmsWebhookOptions()));

        Assert.That(ex!.Message, Does.Contain("LynSmsWebhookOptions.SigningSecret"));
    }

    [Test]
    public void Serialize_round_trips_and_ToString_masks_the_number()
    {
        var e = LynSmsWebhookParser.Parse(Body);

        var again = LynSmsWebhookParser.Parse(LynSmsWebhookParser.Serialize(e));

        Assert.That(again.Id, Is.EqualTo(e.Id));
        Assert.That(again.Data!.To, Is.EqualTo("+34600111222"));
        Assert.That(again.Data.AdditionalProperties!["segments"].GetInt32(), Is.EqualTo(2));
        Assert.That(e.ToString(), Does.Not.Contain("600111222"));
        Assert.That(e.ToString(), Does.Contain("evt_a9bX2mF4tQpKrLcSdN1zVeY3o"));
    }
}
