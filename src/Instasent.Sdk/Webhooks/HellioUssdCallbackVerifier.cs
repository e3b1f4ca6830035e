using System.Text;
using Instasent.Sdk.Hellio;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Verifies the <c>X-Hellio-Signature</c> of a USSD callback (lower-case hex HMAC-SHA-256 of the raw body, keyed with the
/// secret of the callback's mode) and parses it. USSD callbacks carry no timestamp, so there is no replay window to check.
/// </summary>
/// <remarks>
/// A callback that verifies with the test secret but claims <c>live</c> mode (or the reverse) is rejected: test secrets
/// are often shared more widely than live ones and must not be able to forge live traffic. Thread-safe.
/// </remarks>
public sealed class HellioUssdCallbackVerifier
{
    private const string Provider = "Hellio";
    private readonly byte[]? testKey;
    private readonly byte[]? liveKey;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The app's secrets; at least one must be set.</param>
    /// <exception cref="ArgumentException">Neither secret is set.</exception>
    public HellioUssdCallbackVerifier(HellioUssdCallbackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        testKey = string.IsNullOrEmpty(options.TestSecret) ? null : Encoding.UTF8.GetBytes(options.TestSecret);
        liveKey = string.IsNullOrEmpty(options.LiveSecret) ? null : Encoding.UTF8.GetBytes(options.LiveSecret);
        if (testKey is null && liveKey is null)
        {
            throw new ArgumentException("No USSD secret is configured: set HellioUssdCallbackOptions.LiveSecret and/or TestSecret.", nameof(options));
        }
    }

    /// <summary>Verifies the signature of a raw body.</summary>
    /// <param name="signatureHeader">The value of <c>X-Hellio-Signature</c>.</param>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <returns>The mode whose secret produced the signature.</returns>
    /// <exception cref="WebhookSignatureException">The signature is missing, malformed or wrong.</exception>
    public HellioUssdMode Verify(string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw Fail(WebhookSignatureFailureReason.MissingHeader, "the request has no signature header.");
        }

        Span<byte> received = stackalloc byte[WebhookSignature.HashSize];
        HellioWebhookVerifier.Decode(signatureHeader, HellioWebhookVerifier.SignatureHeaderName, received);
        Span<byte> expected = stackalloc byte[WebhookSignature.HashSize];
        var liveMatch = false;
        var testMatch = false;
        if (liveKey is not null)
        {
            WebhookSignature.Compute(liveKey, [], body, expected);
            liveMatch = WebhookSignature.Matches(expected, received);
        }

        if (testKey is not null)
        {
            WebhookSignature.Compute(testKey, [], body, expected);
            testMatch = WebhookSignature.Matches(expected, received);
        }

        return liveMatch ? HellioUssdMode.Live
            : testMatch ? HellioUssdMode.Test
            : throw Fail(WebhookSignatureFailureReason.SignatureMismatch, "the signature does not match the body under the configured secret(s).");
    }

    /// <summary>Verifies the signature of a raw body, then parses the callback.</summary>
    /// <param name="signatureHeader">The value of <c>X-Hellio-Signature</c>.</param>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <returns>The callback.</returns>
    /// <exception cref="WebhookSignatureException">The signature is not valid, or it was made with the other mode's secret.</exception>
    /// <exception cref="WebhookPayloadException">The verified body is not a USSD callback.</exception>
    public HellioUssdCallback VerifyAndParse(string? signatureHeader, ReadOnlySpan<byte> body)
    {
        var signedWith = Verify(signatureHeader, body);
        var callback = HellioWebhookParser.ParseUssdCallback(body);
        if (callback.Mode.IsKnown && callback.Mode != signedWith)
        {
            throw Fail(WebhookSignatureFailureReason.SignatureMismatch, $"the callback claims {callback.Mode} mode but is signed with the {signedWith} secret.");
        }

        return callback;
    }

    /// <summary>Verifies the signature of a raw body given as text (UTF-8 on the wire), then parses the callback.</summary>
    /// <param name="signatureHeader">The value of <c>X-Hellio-Signature</c>.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <returns>The callback.</returns>
    /// <exception cref="WebhookSignatureException">The signature is not valid.</exception>
    /// <exception cref="WebhookPayloadException">The verified body is not a USSD callback.</exception>
    public HellioUssdCallback VerifyAndParse(string? signatureHeader, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return VerifyAndParse(signatureHeader, Encoding.UTF8.GetBytes(body));
    }

    private static WebhookSignatureException Fail(WebhookSignatureFailureReason reason, string detail) =>
        new(Provider, reason, HellioWebhookVerifier.SignatureHeaderName, detail);
}
