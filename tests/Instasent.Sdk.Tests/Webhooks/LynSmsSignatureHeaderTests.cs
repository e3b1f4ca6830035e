using System.Globalization;
using System.Text;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

/// <summary>
/// The <c>LynSMS-Signature</c> header as senders and proxies really write it (spacing, stray parts, timestamp
/// formats), the order of the checks, and the failure each malformed header reports to whoever reads the log.
/// </summary>
public sealed class LynSmsSignatureHeaderTests
{
    private const string Secret = "whsec_header_tests";
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","object":"event","type":"message.sent","created_at":"2026-05-12T10:00:00+00:00","data":{"id":"msg_1","to":"+34600111222"}}""");
    private LynSmsWebhookVerifier verifier = null!;

    private static string T => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(string timestamp, string secret = Secret) => LynSmsWebhookSigner.ComputeSignature(secret, timestamp, Body);

    [SetUp]
    public void SetUp() => verifier = new LynSmsWebhookVerifier(Secret, new FakeTimeProvider(Now));

    [Test]
    public void Spaces_around_the_equals_signs_are_tolerated()
    {
        Assert.That(verifier.Verify($"t = {T} ,  v1 =  {Sign(T)}", Body), Is.EqualTo(Now));
    }

    [Test]
    public void Parts_without_a_name_or_value_separator_are_ignored()
    {
        Assert.That(verifier.Verify($"junk,=orphan,,t={T},v1={Sign(T)}", Body), Is.EqualTo(Now));
    }

    [Test]
    public void The_timestamp_is_signed_as_the_text_sent()
    {
        // Milliseconds and ISO-8601 are read as the same instant, but the HMAC covers the exact characters.
        var ms = Now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        const string iso = "2026-05-12T10:00:00Z";

        Assert.That(verifier.Verify($"t={ms},v1={Sign(ms)}", Body), Is.EqualTo(Now));
        Assert.That(verifier.Verify($"t={iso},v1={Sign(iso)}", Body), Is.EqualTo(Now));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={ms},v1={Sign(T)}", Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void A_header_without_v1_says_so()
    {
        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={T},v0={Sign(T)}", Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
        Assert.That(ex.Message, Does.EndWith("the header has no v1 signature."));
        Assert.That(ex.HeaderName, Is.EqualTo("LynSMS-Signature"));
    }

    [Test]
    public void A_header_whose_v1_values_are_not_hashes_says_so()
    {
        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={T},v1=abc,v1={Sign(T)[..62]}", Body));

        Assert.That(ex!.Message, Does.EndWith("no v1 signature is 64 hexadecimal characters."));
    }

    [Test]
    public void A_header_without_a_readable_timestamp_says_so_before_anything_else()
    {
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.Verify("v1=zz", Body))!.Message, Does.EndWith("the header has no readable Unix timestamp (t)."));
        Assert.That(Assert.Throws<WebhookSignatureException>(() => verifier.Verify("t=99999999999999999999,v1=" + Sign(T), Body))!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
    }

    [Test]
    public void Two_timestamps_are_refused_even_when_one_of_them_is_signed()
    {
        var ex = Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={T},v1={Sign(T)},t={T}", Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
        Assert.That(ex.Message, Does.EndWith("the header has more than one timestamp (t)."));
    }

    [Test]
    public void A_wrong_signature_is_reported_as_a_mismatch_even_when_the_timestamp_is_also_stale()
    {
        var old = Now.AddHours(-1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var forged = Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={old},v1={Sign(old, "attacker")}", Body));
        var replayed = Assert.Throws<WebhookSignatureException>(() => verifier.Verify($"t={old},v1={Sign(old)}", Body));

        Assert.That(forged!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
        Assert.That(forged.Message, Does.Contain("no v1 signature matches the body"));
        Assert.That(replayed!.Reason, Is.EqualTo(WebhookSignatureFailureReason.TimestampOutsideTolerance));
        Assert.That(replayed.Message, Does.Contain("3600 s old, more than the 300 s tolerance"));
    }

    [Test]
    public void The_text_overload_refuses_a_null_body_by_name()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => verifier.VerifyAndParse($"t={T},v1={Sign(T)}", (string)null!));

        Assert.That(ex!.ParamName, Is.EqualTo("body"));
    }

    [Test]
    public void The_text_overload_verifies_the_utf8_bytes_and_parses_the_event()
    {
        var e = verifier.VerifyAndParse($"t={T},v1={Sign(T)}", Encoding.UTF8.GetString(Body));

        Assert.That(e.Id, Is.EqualTo("evt_1"));
    }

    [Test]
    public void Without_a_clock_the_system_clock_is_used()
    {
        var system = new LynSmsWebhookVerifier(Secret);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        Assert.DoesNotThrow(() => system.Verify($"t={now},v1={Sign(now)}", Body));
        Assert.That(LynSmsWebhookVerifier.DefaultTolerance, Is.EqualTo(TimeSpan.FromMinutes(5)));
    }
}
