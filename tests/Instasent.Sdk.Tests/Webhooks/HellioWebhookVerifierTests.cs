using System.Globalization;
using System.Text;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

public sealed class HellioWebhookVerifierTests
{
    private const string Secret = "hellio_secret";
    private const string Body = """{"event":"message.delivered","mobile_number":"233241234567","provider_message_id":"pm_9f2","status":"delivered","timestamp":"2026-06-30T10:24:01+00:00"}""";
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 10, 24, 5, TimeSpan.Zero);
    private FakeTimeProvider time = null!;
    private HellioWebhookVerifier verifier = null!;
    private HellioWebhookSigner signer = null!;

    [SetUp]
    public void SetUp()
    {
        time = new FakeTimeProvider(Now);
        verifier = new HellioWebhookVerifier(Secret, time);
        signer = new HellioWebhookSigner(Secret, time);
    }

    [Test]
    public void Timestamped_V2_signature_is_verified_and_the_receipt_is_typed()
    {
        var headers = signer.Sign(Body);

        var e = verifier.VerifyAndParse(headers, Body);

        Assert.That(verifier.Verify(headers, Encoding.UTF8.GetBytes(Body)), Is.EqualTo(Now));
        Assert.That(e.Event, Is.EqualTo(HellioWebhookEventType.MessageDelivered));
        Assert.That(e.MobileNumber, Is.EqualTo("233241234567"));
        Assert.That(e.ProviderMessageId, Is.EqualTo("pm_9f2"));
        Assert.That(e.Status, Is.EqualTo(HellioMessageStatus.Delivered));
        Assert.That(e.Timestamp, Is.EqualTo(new DateTimeOffset(2026, 6, 30, 10, 24, 1, TimeSpan.Zero)));
        Assert.That(e.DeduplicationKey, Is.EqualTo("pm_9f2|message.delivered|delivered|2026-06-30T10:24:01.0000000+00:00"));
        Assert.That(e.ToString(), Does.Not.Contain("241234567"));
    }

    [Test]
    public void A_known_V1_vector_computed_outside_dotnet_verifies()
    {
        const string body = """{"event":"message.delivered"}""";

        var legacy = new HellioWebhookVerifier(new HellioWebhookOptions { SigningSecret = "hellio_secret", AllowLegacyV1Signatures = true }, time);

        var e = legacy.VerifyAndParse(new HellioWebhookHeaders("1a9cf993852194530270e6d1a738904eac915222fdd9dd0db5d7c398f328a361"), body);

        Assert.That(e.Event, Is.EqualTo(HellioWebhookEventType.MessageDelivered));
    }

    [Test]
    public void Stale_or_future_V2_timestamps_are_rejected()
    {
        var old = signer.Sign(Body, Now.AddMinutes(-5).AddSeconds(-1));
        var future = signer.Sign(Body, Now.AddMinutes(7));

        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(old, Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.TimestampOutsideTolerance));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(future, Body))!.HeaderName, Is.EqualTo("X-Hellio-Timestamp"));
    }

    [Test]
    public void A_wrong_V2_is_rejected_even_when_V1_matches()
    {
        var good = signer.Sign(Body);
        var forged = good with { SignatureV2 = new string('0', 64) };

        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(forged, Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
        Assert.That(ex.HeaderName, Is.EqualTo("X-Hellio-Signature-V2"));
    }

    [Test]
    public void V2_cannot_be_replayed_with_another_timestamp()
    {
        var good = signer.Sign(Body);
        var replayed = good with { Timestamp = (Now.ToUnixTimeSeconds() + 1).ToString(CultureInfo.InvariantCulture) };

        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(replayed, Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void V1_only_requests_are_refused_by_default_whether_or_not_V1_matches()
    {
        var v1Only = signer.Sign(Body) with { Timestamp = null, SignatureV2 = null };
        var forgedV1Only = v1Only with { Signature = new string('0', 64) };

        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(v1Only, Body))!;
        var forged = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(forgedV1Only, Body))!;

        Assert.That((ex.Reason, ex.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.LegacySignatureRejected, "X-Hellio-Signature-V2")));
        Assert.That(ex.Message, Does.Contain("AllowLegacyV1Signatures").And.Not.Contain(v1Only.Signature!));
        Assert.That(forged.Reason, Is.EqualTo(WebhookSignatureFailureReason.LegacySignatureRejected), "V1 is not even checked, so the answer reveals nothing about it");
        Assert.DoesNotThrow(() => verifier.VerifyAndParse(signer.Sign(Body), Body));
    }

    [Test]
    public void With_AllowLegacyV1Signatures_the_body_only_V1_signature_is_checked_when_V2_is_absent()
    {
        var legacy = new HellioWebhookVerifier(new HellioWebhookOptions { SigningSecret = Secret, AllowLegacyV1Signatures = true }, time);
        var v1Only = signer.Sign(Body) with { Timestamp = null, SignatureV2 = null };

        Assert.That(legacy.Verify(v1Only, Encoding.UTF8.GetBytes(Body)), Is.Null);
        Assert.That(Assert.Throws<WebhookSignatureException>(() => legacy.VerifyAndParse(v1Only, Body + " "))!.HeaderName, Is.EqualTo("X-Hellio-Signature"));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => legacy.VerifyAndParse(new HellioWebhookHeaders("abc"), Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => legacy.VerifyAndParse(signer.Sign(Body) with { SignatureV2 = new string('0', 64) }, Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch), "a present V2 is still the one checked");
        time.Advance(TimeSpan.FromDays(30));
        Assert.DoesNotThrow(() => legacy.VerifyAndParse(v1Only, Body), "V1 carries no timestamp, so it never expires: why it is off by default");
    }

    [Test]
    public void Deduplication_keys_identify_one_receipt_and_are_null_without_a_provider_message_id()
    {
        var receipt = HellioWebhookParser.ParseEvent(Body);

        Assert.That(receipt.DeduplicationKey, Is.EqualTo(HellioWebhookParser.ParseEvent(Body).DeduplicationKey));
        Assert.That((receipt with { Status = HellioMessageStatus.Failed }).DeduplicationKey, Is.Not.EqualTo(receipt.DeduplicationKey));
        Assert.That((receipt with { Timestamp = receipt.Timestamp!.Value.AddSeconds(1) }).DeduplicationKey, Is.Not.EqualTo(receipt.DeduplicationKey));
        Assert.That((receipt with { Timestamp = receipt.Timestamp!.Value.ToOffset(TimeSpan.FromHours(2)) }).DeduplicationKey, Is.EqualTo(receipt.DeduplicationKey), "the same instant in another offset");
        Assert.That((receipt with { ProviderMessageId = null }).DeduplicationKey, Is.Null);
        Assert.That((receipt with { ProviderMessageId = "" }).DeduplicationKey, Is.Null);
        Assert.That(receipt.DeduplicationKey, Does.Not.Contain("241234567"), "no phone number in a key that a shared store keeps");
    }

    [Test]
    public void Missing_and_malformed_headers_are_typed()
    {
        var good = signer.Sign(Body);

        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(new HellioWebhookHeaders(null), Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MissingHeader));
        var noTimestamp = Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(good with { Timestamp = " " }, Body))!;
        Assert.That((noTimestamp.Reason, noTimestamp.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.MissingHeader, "X-Hellio-Timestamp")));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(good with { Timestamp = "yesterday" }, Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(good with { SignatureV2 = "xyz" }, Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
    }

    [Test]
    public void Millisecond_and_ISO_timestamps_and_a_sha256_prefix_are_tolerated()
    {
        var bytes = Encoding.UTF8.GetBytes(Body);
        foreach (var t in new[] { Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), "2026-06-30T10:24:00+00:00" })
        {
            var headers = new HellioWebhookHeaders(null, t, "sha256=" + HellioWebhookSigner.ComputeSignatureV2(Secret, t, bytes));
            Assert.DoesNotThrow(() => verifier.VerifyAndParse(headers, Body), t);
        }
    }

    [Test]
    public void Wrong_secret_is_a_mismatch_and_a_verified_non_receipt_is_a_payload_error()
    {
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.VerifyAndParse(new HellioWebhookSigner("other", time).Sign(Body), Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
        Assert.Throws<WebhookPayloadException>(() => verifier.VerifyAndParse(signer.Sign("{\"event\":"), "{\"event\":"));
        Assert.Throws<WebhookPayloadException>(() => verifier.VerifyAndParse(signer.Sign("{}"), "{}"));
    }

    [Test]
    public void Headers_can_be_read_through_a_lookup()
    {
        var signed = signer.Sign(Body);
        var raw = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["x-hellio-signature"] = signed.Signature!,
            ["X-HELLIO-TIMESTAMP"] = signed.Timestamp!,
            ["X-Hellio-Signature-V2"] = signed.SignatureV2!,
        };

        var headers = HellioWebhookHeaders.From(name => raw.GetValueOrDefault(name));

        Assert.That(headers, Is.EqualTo(signed));
        Assert.That(headers.ToString(), Does.Not.Contain(signed.Signature));
    }
}
