using System.Text;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Verifies Hellio delivery-receipt webhooks and parses them. When <c>X-Hellio-Signature-V2</c> is present it is the
/// one checked: the lower-case hex HMAC-SHA-256 of <c>"{X-Hellio-Timestamp}.{raw body}"</c>, with the timestamp within
/// <see cref="HellioWebhookOptions.Tolerance"/>. A request with only the body-only <c>X-Hellio-Signature</c> is rejected
/// (<see cref="WebhookSignatureFailureReason.LegacySignatureRejected"/>) unless
/// <see cref="HellioWebhookOptions.AllowLegacyV1Signatures"/> is on. Pass the body bytes exactly as received.
/// </summary>
/// <remarks>
/// A present but wrong V2 signature is rejected even if V1 would match: falling back would let an attacker who strips
/// V2 bypass the timestamp check on a request that claimed one. Comparisons are constant-time. Thread-safe.
/// </remarks>
public sealed class HellioWebhookVerifier
{
    /// <summary>The name of the body-only signature header.</summary>
    public const string SignatureHeaderName = "X-Hellio-Signature";

    /// <summary>The name of the timestamp header signed by V2.</summary>
    public const string TimestampHeaderName = "X-Hellio-Timestamp";

    /// <summary>The name of the timestamped signature header.</summary>
    public const string SignatureV2HeaderName = "X-Hellio-Signature-V2";

    private const string Provider = "Hellio";
    private readonly byte[][] keys;
    private readonly TimeSpan tolerance;
    private readonly bool allowV1;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance with one secret and the default settings.</summary>
    /// <param name="signingSecret">The webhook endpoint's signing secret.</param>
    /// <param name="timeProvider">The clock for the timestamp check; the system clock when <see langword="null"/>.</param>
    public HellioWebhookVerifier(string signingSecret, TimeProvider? timeProvider = null)
        : this(new HellioWebhookOptions { SigningSecret = signingSecret }, timeProvider)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The secrets and checks.</param>
    /// <param name="timeProvider">The clock for the timestamp check; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">No secret is configured or the tolerance is not positive.</exception>
    public HellioWebhookVerifier(HellioWebhookOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        keys = WebhookSignature.SecretKeys(options.SigningSecret, options.AdditionalSigningSecrets, "HellioWebhookOptions.SigningSecret");
        tolerance = WebhookSignature.CheckTolerance(options.Tolerance, "HellioWebhookOptions.Tolerance");
        allowV1 = options.AllowLegacyV1Signatures;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the default timestamp tolerance: 5 minutes.</summary>
    public static TimeSpan DefaultTolerance { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Verifies the signature of a raw body.</summary>
    /// <param name="headers">The signature headers.</param>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <returns>
    /// The signed timestamp when V2 was verified; <see langword="null"/> when only V1 was available and
    /// <see cref="HellioWebhookOptions.AllowLegacyV1Signatures"/> is on.
    /// </returns>
    /// <exception cref="WebhookSignatureException">The signature is missing, malformed, wrong, too old, or V1 only while V1 is not allowed.</exception>
    public DateTimeOffset? Verify(HellioWebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        Span<byte> received = stackalloc byte[WebhookSignature.HashSize];
        if (!string.IsNullOrWhiteSpace(headers.SignatureV2))
        {
            if (string.IsNullOrWhiteSpace(headers.Timestamp))
            {
                throw Fail(WebhookSignatureFailureReason.MissingHeader, TimestampHeaderName, "a V2 signature needs the timestamp it signs.");
            }

            if (!WebhookSignature.TryParseTimestamp(headers.Timestamp, out var timestamp))
            {
                throw Fail(WebhookSignatureFailureReason.MalformedHeader, TimestampHeaderName, "the timestamp is neither Unix time nor ISO-8601.");
            }

            Decode(headers.SignatureV2, SignatureV2HeaderName, received);

            // Signed as the exact header text: reformatting the timestamp would change the signed bytes.
            if (!MatchesAny(Encoding.UTF8.GetBytes(headers.Timestamp + "."), body, received))
            {
                throw Fail(WebhookSignatureFailureReason.SignatureMismatch, SignatureV2HeaderName, "the signature does not match the timestamp and body under the configured secret(s).");
            }

            if (WebhookSignature.Skew(timestamp, time, tolerance) is { } skew)
            {
                throw Fail(WebhookSignatureFailureReason.TimestampOutsideTolerance, TimestampHeaderName, WebhookSignature.DescribeSkew(skew, tolerance));
            }

            return timestamp;
        }

        if (string.IsNullOrWhiteSpace(headers.Signature))
        {
            throw allowV1
                ? Fail(WebhookSignatureFailureReason.MissingHeader, SignatureHeaderName, "the request has no signature header.")
                : Fail(WebhookSignatureFailureReason.MissingHeader, SignatureV2HeaderName, "the request has no timestamped (V2) signature.");
        }

        if (!allowV1)
        {
            // Not even checked: a V1-only request is refused whether or not its signature is right.
            throw Fail(WebhookSignatureFailureReason.LegacySignatureRejected, SignatureV2HeaderName, "the request carries only the body-only X-Hellio-Signature, which never expires and can be replayed; set HellioWebhookOptions.AllowLegacyV1Signatures to accept it.");
        }

        Decode(headers.Signature, SignatureHeaderName, received);
        if (!MatchesAny([], body, received))
        {
            throw Fail(WebhookSignatureFailureReason.SignatureMismatch, SignatureHeaderName, "the signature does not match the body under the configured secret(s).");
        }

        return null;
    }

    /// <summary>Verifies the signature of a raw body, then parses the delivery receipt.</summary>
    /// <param name="headers">The signature headers.</param>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="WebhookSignatureException">The signature is not valid.</exception>
    /// <exception cref="WebhookPayloadException">The verified body is not a delivery receipt.</exception>
    public HellioWebhookEvent VerifyAndParse(HellioWebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        Verify(headers, body);
        return HellioWebhookParser.ParseEvent(body);
    }

    /// <summary>Verifies the signature of a raw body given as text (UTF-8 on the wire), then parses the receipt.</summary>
    /// <param name="headers">The signature headers.</param>
    /// <param name="body">The raw body, exactly as received.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="WebhookSignatureException">The signature is not valid.</exception>
    /// <exception cref="WebhookPayloadException">The verified body is not a delivery receipt.</exception>
    public HellioWebhookEvent VerifyAndParse(HellioWebhookHeaders headers, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return VerifyAndParse(headers, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Decodes a hex signature; a <c>sha256=</c> prefix is tolerated because the format is only inferred from PHP's default.</summary>
    internal static void Decode(string value, string headerName, Span<byte> destination)
    {
        var text = value.AsSpan().Trim();
        if (text.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        if (!WebhookSignature.TryDecodeHex(text, destination))
        {
            throw Fail(WebhookSignatureFailureReason.MalformedHeader, headerName, "the signature is not 64 hexadecimal characters.");
        }
    }

    private static WebhookSignatureException Fail(WebhookSignatureFailureReason reason, string header, string detail) =>
        new(Provider, reason, header, detail);

    private bool MatchesAny(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body, ReadOnlySpan<byte> received)
    {
        Span<byte> expected = stackalloc byte[WebhookSignature.HashSize];
        var matched = false;
        foreach (var key in keys)
        {
            WebhookSignature.Compute(key, prefix, body, expected);
            matched |= WebhookSignature.Matches(expected, received);
        }

        return matched;
    }
}
