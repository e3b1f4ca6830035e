using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Instasent.Sdk.Webhooks;

namespace Instasent.Sdk.Testing;

/// <summary>
/// Produces valid Hellio signature headers (<c>X-Hellio-Signature</c>, <c>X-Hellio-Timestamp</c>,
/// <c>X-Hellio-Signature-V2</c>), so you can test your own webhook and USSD handlers with requests that
/// <see cref="HellioWebhookVerifier"/> and <see cref="HellioUssdCallbackVerifier"/> accept.
/// </summary>
public sealed class HellioWebhookSigner
{
    private readonly string secret;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="signingSecret">The webhook secret (or, for USSD, the app's test or live secret).</param>
    /// <param name="timeProvider">The clock that dates V2 signatures; the system clock when <see langword="null"/>.</param>
    public HellioWebhookSigner(string signingSecret, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        secret = signingSecret;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Signs a body with both schemes at the current time.</summary>
    /// <param name="body">The exact body text that will be sent (UTF-8).</param>
    /// <returns>The three header values.</returns>
    public HellioWebhookHeaders Sign(string body) => Sign(body, time.GetUtcNow());

    /// <summary>Signs a body with both schemes at a given time (use an old time to test the tolerance).</summary>
    /// <param name="body">The exact body text that will be sent (UTF-8).</param>
    /// <param name="timestamp">The signing time.</param>
    /// <returns>The three header values.</returns>
    public HellioWebhookHeaders Sign(string body, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetBytes(body);
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new HellioWebhookHeaders(ComputeSignature(secret, bytes), t, ComputeSignatureV2(secret, t, bytes));
    }

    /// <summary>Signs a USSD callback body (body-only HMAC, sent as <c>X-Hellio-Signature</c>).</summary>
    /// <param name="body">The exact body text that will be sent (UTF-8).</param>
    /// <returns>The header value.</returns>
    public string SignUssdCallback(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ComputeSignature(secret, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Computes the V1 signature: lower-case hex HMAC-SHA-256 of the raw body.</summary>
    /// <param name="signingSecret">The secret.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The hex signature.</returns>
    public static string ComputeSignature(string signingSecret, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        return HexText.Lower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), body));
    }

    /// <summary>Computes the V2 signature: lower-case hex HMAC-SHA-256 of <c>"{timestamp}.{body}"</c>.</summary>
    /// <param name="signingSecret">The secret.</param>
    /// <param name="timestamp">The <c>X-Hellio-Timestamp</c> value exactly as sent.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The hex signature.</returns>
    public static string ComputeSignatureV2(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        return HexText.Lower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), signed));
    }
}
