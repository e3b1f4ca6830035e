namespace Instasent.Sdk.Webhooks;

/// <summary>The signature headers of a Hellio webhook request.</summary>
public sealed record HellioWebhookHeaders
{
    /// <summary>Initializes a new instance with no header set.</summary>
    public HellioWebhookHeaders()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="signature">The value of <c>X-Hellio-Signature</c> (body-only HMAC).</param>
    /// <param name="timestamp">The value of <c>X-Hellio-Timestamp</c>.</param>
    /// <param name="signatureV2">The value of <c>X-Hellio-Signature-V2</c> (HMAC over <c>"{timestamp}.{body}"</c>).</param>
    public HellioWebhookHeaders(string? signature, string? timestamp = null, string? signatureV2 = null)
    {
        Signature = signature;
        Timestamp = timestamp;
        SignatureV2 = signatureV2;
    }

    /// <summary>Gets the value of <c>X-Hellio-Signature</c> (body-only HMAC).</summary>
    public string? Signature { get; init; }

    /// <summary>Gets the value of <c>X-Hellio-Timestamp</c>.</summary>
    public string? Timestamp { get; init; }

    /// <summary>Gets the value of <c>X-Hellio-Signature-V2</c> (HMAC over <c>"{timestamp}.{body}"</c>).</summary>
    public string? SignatureV2 { get; init; }

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
