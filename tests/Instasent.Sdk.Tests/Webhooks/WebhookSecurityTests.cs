using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Webhooks;

public sealed class WebhookSecurityTests
{
    private const string Secret = "whsec_SUPER_SECRET_value_123";
    private const string Body = """{"id":"evt_1","type":"message.sent","data":{"id":"m","to":"+34600111222"}}""";

    [Test]
    public void Signature_comparison_uses_CryptographicOperations_FixedTimeEquals()
    {
        var matches = typeof(WebhookSignature).GetMethod("Matches", BindingFlags.Public | BindingFlags.Static)!;
        var fixedTimeEquals = typeof(CryptographicOperations).GetMethod(nameof(CryptographicOperations.FixedTimeEquals), [typeof(ReadOnlySpan<byte>), typeof(ReadOnlySpan<byte>)])!;

        Assert.That(CalledMethods(matches), Does.Contain(fixedTimeEquals));
        Assert.That(CalledMethods(typeof(LynSmsWebhookVerifier).GetMethod(nameof(LynSmsWebhookVerifier.Verify))!), Does.Contain(matches));
        Assert.That(CalledMethods(typeof(HellioWebhookVerifier).GetMethod("MatchesAny", BindingFlags.NonPublic | BindingFlags.Instance)!), Does.Contain(matches));
        Assert.That(CalledMethods(typeof(HellioUssdCallbackVerifier).GetMethod(nameof(HellioUssdCallbackVerifier.Verify))!), Does.Contain(matches));
        Assert.That(CalledMethods(typeof(DeliveryReportParser).GetMethod(nameof(DeliveryReportParser.IsExpectedSecret))!), Does.Contain(fixedTimeEquals));
    }

    [Test]
    public void Neither_the_secret_nor_the_received_signature_appears_in_failures()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddYears(56));
        var lynSms = new LynSmsWebhookVerifier(Secret, time);
        var goodHeader = new LynSmsWebhookSigner(Secret, time).CreateSignatureHeader(Body);
        var goodSignature = goodHeader[(goodHeader.IndexOf("v1=", StringComparison.Ordinal) + 3)..];
        var hellio = new HellioWebhookVerifier(Secret, time);
        var hellioHeaders = new HellioWebhookSigner(Secret, time).Sign(Body);
        var ussd = new HellioUssdCallbackVerifier(new HellioUssdCallbackOptions { LiveSecret = Secret });

        var failures = new List<Exception>
        {
            Assert.Throws<WebhookSignatureException>(() => lynSms.VerifyAndParse(goodHeader, Body + "x"))!,
            Assert.Throws<WebhookSignatureException>(() => lynSms.VerifyAndParse(goodHeader.Replace("t=", "t=1", StringComparison.Ordinal), Body))!,
            Assert.Throws<WebhookSignatureException>(() => lynSms.VerifyAndParse("t=abc,v1=" + goodSignature, Body))!,
            Assert.Throws<WebhookSignatureException>(() => new LynSmsWebhookVerifier(Secret, new FakeTimeProvider(time.GetUtcNow().AddHours(1))).VerifyAndParse(goodHeader, Body))!,
            Assert.Throws<WebhookSignatureException>(() => hellio.VerifyAndParse(hellioHeaders, Body + " "))!,
            Assert.Throws<WebhookSignatureException>(() => hellio.VerifyAndParse(hellioHeaders with { SignatureV2 = null }, Body + " "))!,
            Assert.Throws<WebhookSignatureException>(() => hellio.VerifyAndParse(hellioHeaders with { SignatureV2 = hellioHeaders.SignatureV2 + "0" }, Body))!,
            Assert.Throws<WebhookSignatureException>(() => ussd.VerifyAndParse(hellioHeaders.Signature, Body + " "))!,
            Assert.Throws<WebhookPayloadException>(() => lynSms.VerifyAndParse(new LynSmsWebhookSigner(Secret, time).CreateSignatureHeader("{\"to\":\"+34600111222\",,}"), "{\"to\":\"+34600111222\",,}"))!,
        };

        foreach (var failure in failures)
        {
            var text = failure.ToString() + string.Join(";", failure.Data.Values.Cast<object?>());
            Assert.That(text, Does.Not.Contain(Secret));
            Assert.That(text, Does.Not.Contain(goodSignature));
            Assert.That(text, Does.Not.Contain(hellioHeaders.Signature!));
            Assert.That(text, Does.Not.Contain(hellioHeaders.SignatureV2!));
            Assert.That(text, Does.Not.Contain("600111222"));
        }
    }

    /// <summary>Every method a method body calls (call/callvirt/newobj tokens resolved through the module).</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var called = new List<MethodBase>();
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is 0x28 or 0x6F or 0x73)
            {
                try
                {
                    if (method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), method.DeclaringType!.GetGenericArguments(), null) is { } target)
                    {
                        called.Add(target);
                    }
                }
                catch (ArgumentException)
                {
                    // Not a method token: a byte inside another instruction's operand.
                }
            }
        }

        return called;
    }
}
