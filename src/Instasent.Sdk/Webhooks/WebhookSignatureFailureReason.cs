namespace Instasent.Sdk.Webhooks;

/// <summary>Why a webhook signature was rejected.</summary>
public enum WebhookSignatureFailureReason
{
    /// <summary>A required signature or timestamp header is absent or empty.</summary>
    MissingHeader = 0,

    /// <summary>A signature or timestamp header is present but cannot be read (wrong format, not hex, no timestamp).</summary>
    MalformedHeader = 1,

    /// <summary>The signed timestamp is further from the current time than the configured tolerance (a replay or a wrong clock).</summary>
    TimestampOutsideTolerance = 2,

    /// <summary>No signature in the request matches the body under any configured secret (tampered body or wrong secret).</summary>
    SignatureMismatch = 3,

    /// <summary>
    /// The request carries only a legacy signature scheme that the receiver does not accept (Hellio's body-only V1
    /// signature, which has no timestamp and can be replayed; see <see cref="HellioWebhookOptions.AllowLegacyV1Signatures"/>).
    /// </summary>
    LegacySignatureRejected = 4,
}
