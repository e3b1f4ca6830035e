namespace Instasent.Sdk.Webhooks;

/// <summary>The signature headers of a Hellio webhook request.</summary>
/// <param name="Signature">The value of <c>X-Hellio-Signature</c> (body-only HMAC).</param>
/// <param name="Timestamp">The value of <c>X-Hellio-Timestamp</c>.</param>
/// <param name="SignatureV2">The value of <c>X-Hellio-Signature-V2</c> (HMAC over <c>"{timestamp}.{body}"</c>).</param>
public sealed record HellioWebhookHeaders(string? Signature, string? Timestamp = null, string? SignatureV2 = null)
{
    /// <summary>Reads the three headers through a lookup, for example <c>name =&gt; request.Headers[name]</c>.</summary>
    /// <param name="header">Returns a header's value, or <see langword="null"/> when it is absent.</param>
    /// <returns>The headers.</returns>
    public static HellioWebhookHeaders From(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new HellioWebhookHeaders(
            header(HellioWebhookVerifier.SignatureHeaderName),
            header(HellioWebhookVerifier.TimestampHeaderName),
            header(HellioWebhookVerifier.SignatureV2HeaderName));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"HellioWebhookHeaders {{ Signature = {(string.IsNullOrEmpty(Signature) ? "absent" : "present")}, Timestamp = {Timestamp}, SignatureV2 = {(string.IsNullOrEmpty(SignatureV2) ? "absent" : "present")} }}";
}
