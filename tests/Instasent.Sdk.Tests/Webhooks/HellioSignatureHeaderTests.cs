using System.Globalization;
using System.Text;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

/// <summary>
/// Which Hellio header a failure names (what an operator looks at first), the order of the checks, secret rotation
/// on both signature versions and the tolerated spellings of the signature.
/// </summary>
public sealed class HellioSignatureHeaderTests
{
    private const string Secret = "hellio_header_secret";
    private const string Body = """{"event":"message.delivered","mobile_number":"233241234567","provider_message_id":"pm_1","status":"delivered","timestamp":"2026-06-30T10:24:01+00:00"}""";
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 10, 24, 5, TimeSpan.Zero);
    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes(Body);
    private FakeTimeProvider time = null!;

    private static string T => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [SetUp]
    public void SetUp() => time = new FakeTimeProvider(Now);

    private HellioWebhookVerifier Verifier(bool allowV1 = false, params string[] additional) =>
        new(new HellioWebhookOptions { SigningSecret = Secret, AdditionalSigningSecrets = additional, AllowLegacyV1Signatures = allowV1 }, time);

    private static WebhookSignatureException Fails(HellioWebhookVerifier verifier, HellioWebhookHeaders headers) =>
        Assert.Throws<WebhookSignatureException>(() => verifier.Verify(headers, Bytes))!;

    [Test]
    public void Without_any_signature_the_missing_header_is_the_one_the_verifier_would_accept()
    {
        var strict = Fails(Verifier(), new HellioWebhookHeaders(null));
        var legacy = Fails(Verifier(allowV1: true), new HellioWebhookHeaders(" "));

        Assert.That((strict.Reason, strict.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.MissingHeader, "X-Hellio-Signature-V2")));
        Assert.That(strict.Message, Does.EndWith("the request has no timestamped (V2) signature."));
        Assert.That((legacy.Reason, legacy.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.MissingHeader, "X-Hellio-Signature")));
        Assert.That(legacy.Message, Does.EndWith("the request has no signature header."));
    }

    [Test]
    public void A_v1_only_request_is_refused_as_legacy_naming_the_v2_header()
    {
        var ex = Fails(Verifier(), new HellioWebhookHeaders(HellioWebhookSigner.ComputeSignature(Secret, Bytes)));

        Assert.That((ex.Reason, ex.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.LegacySignatureRejected, "X-Hellio-Signature-V2")));
        Assert.That(ex.Message, Does.Contain("AllowLegacyV1Signatures"));
    }

    [Test]
    public void Each_v2_failure_names_its_header()
    {
        var verifier = Verifier();
        var good = HellioWebhookSigner.ComputeSignatureV2(Secret, T, Bytes);

        var mismatch = Fails(verifier, new HellioWebhookHeaders(null, T, HellioWebhookSigner.ComputeSignatureV2("other", T, Bytes)));
        var malformed = Fails(verifier, new HellioWebhookHeaders(null, T, good[..60]));
        var badTimestamp = Fails(verifier, new HellioWebhookHeaders(null, "soon", good));

        Assert.That((mismatch.Reason, mismatch.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.SignatureMismatch, "X-Hellio-Signature-V2")));
        Assert.That(mismatch.Message, Does.EndWith("the signature does not match the timestamp and body under the configured secret(s)."));
        Assert.That((malformed.Reason, malformed.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.MalformedHeader, "X-Hellio-Signature-V2")));
        Assert.That(malformed.Message, Does.EndWith("the signature is not 64 hexadecimal characters."));
        Assert.That((badTimestamp.Reason, badTimestamp.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.MalformedHeader, "X-Hellio-Timestamp")));
        Assert.That(badTimestamp.Message, Does.EndWith("the timestamp is neither Unix time nor ISO-8601."));
    }

    [Test]
    public void A_stale_v2_is_reported_on_the_timestamp_header_but_a_forged_one_as_a_mismatch()
    {
        var verifier = Verifier();
        var old = Now.AddMinutes(-10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var stale = Fails(verifier, new HellioWebhookHeaders(null, old, HellioWebhookSigner.ComputeSignatureV2(Secret, old, Bytes)));
        var forged = Fails(verifier, new HellioWebhookHeaders(null, old, HellioWebhookSigner.ComputeSignatureV2("attacker", old, Bytes)));

        Assert.That((stale.Reason, stale.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.TimestampOutsideTolerance, "X-Hellio-Timestamp")));
        Assert.That(stale.Message, Does.Contain("600 s old"));
        Assert.That(forged.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void Each_v1_failure_names_the_v1_header()
    {
        var verifier = Verifier(allowV1: true);

        var mismatch = Fails(verifier, new HellioWebhookHeaders(HellioWebhookSigner.ComputeSignature("other", Bytes)));
        var malformed = Fails(verifier, new HellioWebhookHeaders("sha256=xyz"));

        Assert.That((mismatch.Reason, mismatch.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.SignatureMismatch, "X-Hellio-Signature")));
        Assert.That(mismatch.Message, Does.EndWith("the signature does not match the body under the configured secret(s)."));
        Assert.That((malformed.Reason, malformed.HeaderName), Is.EqualTo((WebhookSignatureFailureReason.MalformedHeader, "X-Hellio-Signature")));
    }

    [Test]
    public void A_signature_by_the_primary_secret_verifies_while_another_secret_is_also_configured()
    {
        var rotating = Verifier(true, "previous_secret");

        Assert.That(rotating.Verify(new HellioWebhookHeaders(null, T, HellioWebhookSigner.ComputeSignatureV2(Secret, T, Bytes)), Bytes), Is.EqualTo(Now));
        Assert.That(rotating.Verify(new HellioWebhookHeaders(null, T, HellioWebhookSigner.ComputeSignatureV2("previous_secret", T, Bytes)), Bytes), Is.EqualTo(Now));
        Assert.That(rotating.Verify(new HellioWebhookHeaders(HellioWebhookSigner.ComputeSignature(Secret, Bytes)), Bytes), Is.Null, "a V1 signature has no timestamp");
        Assert.That(rotating.Verify(new HellioWebhookHeaders(HellioWebhookSigner.ComputeSignature("previous_secret", Bytes)), Bytes), Is.Null);
    }

    [TestCase("SHA256=")]
    [TestCase("  sha256=")]
    [TestCase("")]
    public void The_signature_may_carry_an_algorithm_prefix_in_any_case_and_surrounding_spaces(string prefix)
    {
        var signature = prefix + HellioWebhookSigner.ComputeSignatureV2(Secret, T, Bytes).ToUpperInvariant() + " ";

        Assert.That(Verifier().Verify(new HellioWebhookHeaders(null, T, signature), Bytes), Is.EqualTo(Now));
    }

    [Test]
    public void Null_arguments_are_refused_by_name()
    {
        var verifier = Verifier();

        Assert.That(Assert.Throws<ArgumentNullException>(() => verifier.Verify(null!, Bytes))!.ParamName, Is.EqualTo("headers"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => verifier.VerifyAndParse(new HellioWebhookHeaders(null), (string)null!))!.ParamName, Is.EqualTo("body"));
    }

    [Test]
    public void Without_a_clock_the_system_clock_is_used()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.DoesNotThrow(() => new HellioWebhookVerifier(Secret).Verify(new HellioWebhookHeaders(null, now, HellioWebhookSigner.ComputeSignatureV2(Secret, now, Bytes)), Bytes));
        Assert.That(HellioWebhookVerifier.DefaultTolerance, Is.EqualTo(TimeSpan.FromMinutes(5)));
    }
}
