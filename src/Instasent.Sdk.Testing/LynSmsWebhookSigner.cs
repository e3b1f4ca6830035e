using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Instasent.Sdk.Webhooks;

namespace Instasent.Sdk.Testing;

/// <summary>
/// Produces valid <c>LynSMS-Signature</c> headers, so you can test your own webhook handlers with requests that
/// <see cref="LynSmsWebhookVerifier"/> accepts. It is an independent implementation of the documented scheme
/// (<c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA-256 of "{t}.{body}"&gt;</c>).
/// </summary>
public sealed class LynSmsWebhookSigner
{
    private readonly string secret;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="signingSecret">The secret your handler is configured with.</param>
    /// <param name="timeProvider">The clock that dates signatures; the system clock when <see langword="null"/>.</param>
    public LynSmsWebhookSigner(string signingSecret, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        secret = signingSecret;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the header name to put the signature in.</summary>
    public static string HeaderName => LynSmsWebhookVerifier.SignatureHeaderName;

    /// <summary>Signs a body at the current time.</summary>
    /// <param name="body">The exact body text that will be sent (UTF-8).</param>
    /// <returns>The header value.</returns>
    public string CreateSignatureHeader(string body) => CreateSignatureHeader(body, time.GetUtcNow());

    /// <summary>Signs a body at a given time (use an old or future time to test the tolerance).</summary>
    /// <param name="body">The exact body text that will be sent (UTF-8).</param>
    /// <param name="timestamp">The signing time.</param>
    /// <returns>The header value.</returns>
    public string CreateSignatureHeader(string body, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(body);
        return CreateSignatureHeader(Encoding.UTF8.GetBytes(body), timestamp);
    }

    /// <summary>Signs raw body bytes at a given time.</summary>
    /// <param name="body">The exact body bytes that will be sent.</param>
    /// <param name="timestamp">The signing time.</param>
    /// <returns>The header value.</returns>
    public string CreateSignatureHeader(ReadOnlySpan<byte> body, DateTimeOffset timestamp)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={ComputeSignature(secret, t, body)}";
    }

    /// <summary>Computes one <c>v1</c> value: lower-case hex HMAC-SHA-256 of <c>"{timestamp}.{body}"</c>.</summary>
    /// <param name="signingSecret">The secret.</param>
    /// <param name="timestamp">The timestamp text exactly as it appears after <c>t=</c>.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <returns>The hex signature.</returns>
    public static string ComputeSignature(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[written] = (byte)'.';
        body.CopyTo(signed.AsSpan(written + 1));
        return HexText.Lower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), signed));
    }
}
