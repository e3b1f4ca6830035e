using System.Globalization;
using System.Text;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

/// <summary>
/// Edges of the webhook signature checks that a receiver can run into: a digit pair with one non-hex character, the
/// timestamps at the seconds/milliseconds and year-9999 limits, a signature or secret listed twice, and the
/// configuration errors a misconfigured host sees at start-up.
/// </summary>
public sealed class WebhookSignatureEdgeTests
{
    private const string Secret = "whsec_edge_tests";
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","object":"event","type":"message.sent","created_at":"2026-05-12T10:00:00+00:00","data":{"id":"msg_1","to":"+34600111222"}}""");

    private static LynSmsWebhookVerifier LynSms(params string[] additional) =>
        new(new LynSmsWebhookOptions { SigningSecret = Secret, AdditionalSigningSecrets = additional }, new FakeTimeProvider(Now));

    private static string Sign(string timestamp) => LynSmsWebhookSigner.ComputeSignature(Secret, timestamp, Body);

    private static string T => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [TestCase("z0")]
    [TestCase("0z")]
    [TestCase("g0")]
    [TestCase("0G")]
    public void A_signature_with_one_non_hex_character_in_a_pair_is_malformed_not_a_mismatch(string pair)
    {
        var forged = pair + new string('0', 62);

        var ex = Assert.Throws<WebhookSignatureException>(() => LynSms().Verify($"t={T},v1={forged}", Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
        Assert.That(ex.Message, Does.EndWith("no v1 signature is 64 hexadecimal characters."));
    }

    [Test]
    public void An_all_zero_signature_is_well_formed_and_simply_wrong()
    {
        var ex = Assert.Throws<WebhookSignatureException>(() => LynSms().Verify($"t={T},v1={new string('0', 64)}", Body));

        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.SignatureMismatch));
    }

    [Test]
    public void A_timestamp_of_exactly_1e11_is_milliseconds_in_1973()
    {
        const string t = "100000000000";

        var ex = Assert.Throws<WebhookSignatureException>(() => LynSms().Verify($"t={t},v1={Sign(t)}", Body));

        // Read as seconds it would be the year 5138, "in the future"; as milliseconds it is 3 March 1973.
        Assert.That(ex!.Reason, Is.EqualTo(WebhookSignatureFailureReason.TimestampOutsideTolerance));
        Assert.That(ex.Message, Does.Contain("s old"));
    }

    [Test]
    public void The_last_second_of_year_9999_is_a_readable_timestamp_and_the_next_is_not()
    {
        const string last = "253402300799999";
        const string next = "253402300800000";

        var lastEx = Assert.Throws<WebhookSignatureException>(() => LynSms().Verify($"t={last},v1={Sign(last)}", Body));
        var nextEx = Assert.Throws<WebhookSignatureException>(() => LynSms().Verify($"t={next},v1={Sign(next)}", Body));

        Assert.That(lastEx!.Reason, Is.EqualTo(WebhookSignatureFailureReason.TimestampOutsideTolerance));
        Assert.That(lastEx.Message, Does.Contain("in the future"));
        Assert.That(nextEx!.Reason, Is.EqualTo(WebhookSignatureFailureReason.MalformedHeader));
    }

    [Test]
    public void The_same_valid_signature_sent_twice_still_verifies()
    {
        Assert.That(LynSms().Verify($"t={T},v1={Sign(T)},v1={Sign(T)}", Body), Is.EqualTo(Now));
    }

    [Test]
    public void A_secret_listed_twice_during_rotation_still_verifies()
    {
        Assert.That(LynSms(Secret).Verify($"t={T},v1={Sign(T)}", Body), Is.EqualTo(Now));

        var hellio = new HellioWebhookVerifier(new HellioWebhookOptions { SigningSecret = Secret, AdditionalSigningSecrets = [Secret] }, new FakeTimeProvider(Now));
        var headers = new HellioWebhookHeaders(null, T, HellioWebhookSigner.ComputeSignatureV2(Secret, T, Body));
        Assert.That(hellio.Verify(headers, Body), Is.EqualTo(Now));
    }

    [Test]
    public void Null_additional_secrets_are_read_as_none()
    {
        var verifier = new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = Secret, AdditionalSigningSecrets = null! }, new FakeTimeProvider(Now));

        Assert.That(verifier.Verify($"t={T},v1={Sign(T)}", Body), Is.EqualTo(Now));
    }

    [Test]
    public void Null_options_are_refused_by_name()
    {
        Assert.That(Assert.Throws<ArgumentNullException>(() => _ = new LynSmsWebhookVerifier((LynSmsWebhookOptions)null!))!.ParamName, Is.EqualTo("options"));
        Assert.That(Assert.Throws<ArgumentNullException>(() => _ = new HellioWebhookVerifier((HellioWebhookOptions)null!))!.ParamName, Is.EqualTo("options"));
    }

    [Test]
    public void Configuration_errors_name_the_option_and_say_what_is_wrong()
    {
        var noSecret = Assert.Throws<ArgumentException>(() => _ = new HellioWebhookVerifier(new HellioWebhookOptions()));
        var lynTolerance = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new LynSmsWebhookVerifier(new LynSmsWebhookOptions { SigningSecret = Secret, Tolerance = TimeSpan.Zero }));
        var hellioTolerance = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new HellioWebhookVerifier(new HellioWebhookOptions { SigningSecret = Secret, Tolerance = TimeSpan.FromSeconds(-1) }));

        Assert.That(noSecret!.ParamName, Is.EqualTo("HellioWebhookOptions.SigningSecret"));
        Assert.That(noSecret.Message, Does.StartWith("No webhook signing secret is configured: set HellioWebhookOptions.SigningSecret."));
        Assert.That(lynTolerance!.ParamName, Is.EqualTo("LynSmsWebhookOptions.Tolerance"));
        Assert.That(lynTolerance.Message, Does.StartWith("The timestamp tolerance must be positive"));
        Assert.That(hellioTolerance!.ParamName, Is.EqualTo("HellioWebhookOptions.Tolerance"));
    }

    [Test]
    public void Missing_headers_say_what_is_missing()
    {
        var lyn = Assert.Throws<WebhookSignatureException>(() => LynSms().Verify(null, Body));
        var hellio = Assert.Throws<WebhookSignatureException>(() => new HellioWebhookVerifier(Secret, new FakeTimeProvider(Now)).Verify(new HellioWebhookHeaders(null, null, "ab"), Body));

        Assert.That(lyn!.Message, Does.EndWith("the request has no signature header."));
        Assert.That(hellio!.Message, Does.EndWith("a V2 signature needs the timestamp it signs."));
    }
}
