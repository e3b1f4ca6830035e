using System.Text;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Verifies the <c>LynSMS-Signature: t=…,v1=…</c> header of a LynSMS webhook and parses the event. The signature is the
/// lower-case hex HMAC-SHA-256, keyed with the endpoint's signing secret, of <c>"{t}.{raw body}"</c>: pass the body bytes
/// exactly as received, never a re-serialized object (re-serializing changes whitespace and breaks the signature).
/// </summary>
/// <remarks>
/// Any matching <c>v1</c> value is accepted (several appear while LynSMS rotates a secret), signatures are compared in
/// constant time, and the timestamp must be within <see cref="LynSmsWebhookOptions.Tolerance"/> of the
/// <see cref="TimeProvider"/>'s clock. Instances are immutable and thread-safe.
/// </remarks>
public sealed class LynSmsWebhookVerifier
{
    /// <summary>The name of the signature header.</summary>
    public const string SignatureHeaderName = "LynSMS-Signature";

    private const string Provider = "LynSMS";
    private readonly byte[][] keys;
    private readonly TimeSpan tolerance;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance with one secret and the default tolerance.</summary>
    /// <param name="signingSecret">The endpoint's signing secret.</param>
    /// <param name="timeProvider">The clock for the timestamp check; the system clock when <see langword="null"/>.</param>
    public LynSmsWebhookVerifier(string signingSecret, TimeProvider? timeProvider = null)
        : this(new LynSmsWebhookOptions { SigningSecret = signingSecret }, timeProvider)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The secrets and tolerance.</param>
    /// <param name="timeProvider">The clock for the timestamp check; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">No secret is configured or the tolerance is not positive.</exception>
    public LynSmsWebhookVerifier(LynSmsWebhookOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        keys = WebhookSignature.SecretKeys(options.SigningSecret, options.AdditionalSigningSecrets, "LynSmsWebhookOptions.SigningSecret");
        tolerance = WebhookSignature.CheckTolerance(options.Tolerance, "LynSmsWebhookOptions.Tolerance");
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the default timestamp tolerance: 5 minutes.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Verifies the signature of a raw body.</summary>
    /// <param name="signatureHeader">The value of the <c>LynSMS-Signature</c> header.</param>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <returns>The signed timestamp.</returns>
    /// <exception cref="WebhookSignatureException">The header is missing or malformed, no <c>v1</c> matches, or the timestamp is outside the tolerance.</exception>
    public DateTimeOffset Verify(string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            throw Fail(WebhookSignatureFailureReason.MissingHeader, "the request has no signature header.");
        }

        string? timestampText = null;
        var signatures = new List<byte[]>(2);
        var v1Count = 0;
        foreach (var part in signatureHeader.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part.AsSpan(0, equals).Trim();
            var value = part.AsSpan(equals + 1).Trim();
            if (key.SequenceEqual("t"))
            {
                if (timestampText is not null)
                {
                    throw Fail(WebhookSignatureFailureReason.MalformedHeader, "the header has more than one timestamp (t).");
                }

                timestampText = value.ToString();
            }
            else if (key.SequenceEqual("v1"))
            {
                // Other schemes (v0, a future v2) are ignored, as Stripe-style verifiers do.
                v1Count++;
                var decoded = new byte[WebhookSignature.HashSize];
                if (WebhookSignature.TryDecodeHex(value, decoded))
                {
                    signatures.Add(decoded);
                }
            }
        }

        if (timestampText is null || !WebhookSignature.TryParseTimestamp(timestampText, out var timestamp))
        {
            throw Fail(WebhookSignatureFailureReason.MalformedHeader, "the header has no readable Unix timestamp (t).");
        }

        if (signatures.Count == 0)
        {
            throw Fail(
                WebhookSignatureFailureReason.MalformedHeader,
                v1Count == 0 ? "the header has no v1 signature." : "no v1 signature is 64 hexadecimal characters.");
        }

        // The timestamp is signed as the exact text sent, so it is hashed as that text, not as a reformatted number.
        var prefix = Encoding.UTF8.GetBytes(timestampText + ".");
        Span<byte> expected = stackalloc byte[WebhookSignature.HashSize];
        var matched = false;
        foreach (var key in keys)
        {
            WebhookSignature.Compute(key, prefix, body, expected);
            foreach (var signature in signatures)
            {
                matched |= WebhookSignature.Matches(expected, signature);
            }
        }

        if (!matched)
        {
            throw Fail(WebhookSignatureFailureReason.SignatureMismatch, "no v1 signature matches the body under the configured secret(s); the body was changed or the secret is wrong.");
        }

        if (WebhookSignature.Skew(timestamp, time, tolerance) is { } skew)
        {
            throw Fail(WebhookSignatureFailureReason.TimestampOutsideTolerance, WebhookSignature.DescribeSkew(skew, tolerance));
        }

        return timestamp;
    }

    /// <summary>Verifies the signature of a raw body, then parses the event.</summary>
    /// <param name="signatureHeader">The value of the <c>LynSMS-Signature</c> header.</param>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookSignatureException">The signature is not valid.</exception>
    /// <exception cref="WebhookPayloadException">The verified body is not a LynSMS event.</exception>
    public LynSmsWebhookEvent VerifyAndParse(string? signatureHeader, ReadOnlySpan<byte> body)
    {
        Verify(signatureHeader, body);
        return LynSmsWebhookParser.Parse(body);
    }

    /// <summary>Verifies the signature of a raw body given as text (UTF-8 on the wire), then parses the event.</summary>
    /// <param name="signatureHeader">The value of the <c>LynSMS-Signature</c> header.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <returns>The event.</returns>
    /// <exception cref="WebhookSignatureException">The signature is not valid.</exception>
    /// <exception cref="WebhookPayloadException">The verified body is not a LynSMS event.</exception>
    public LynSmsWebhookEvent VerifyAndParse(string? signatureHeader, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return VerifyAndParse(signatureHeader, Encoding.UTF8.GetBytes(body));
    }

    private static WebhookSignatureException Fail(WebhookSignatureFailureReason reason, string detail) =>
        new(Provider, reason, SignatureHeaderName, detail);
}
