namespace Instasent.Sdk.Testing;

/// <summary>How <see cref="InstasentFakeServer"/> delivers a webhook to your endpoint.</summary>
public sealed record WebhookDeliveryOptions
{
    /// <summary>
    /// Gets how many times the same payload is posted, one after the other, or all at once when
    /// <see cref="FakeServerVariance.ConcurrentDuplicateDeliveries"/> is on. Above 1 it simulates the vendor's retries,
    /// to test that your handler is idempotent. Each copy is signed when it is sent. Default 1.
    /// </summary>
    public int Deliveries { get; init; } = 1;

    /// <summary>Gets the signing time; the fake server's clock (<see cref="InstasentFakeServerOptions.TimeProvider"/>) when <see langword="null"/>.</summary>
    public DateTimeOffset? SignedAt { get; init; }

    /// <summary>Gets whether Hellio deliveries carry the body-only <c>X-Hellio-Signature</c>. Default on.</summary>
    public bool IncludeHellioSignature { get; init; } = true;

    /// <summary>Gets whether Hellio deliveries carry <c>X-Hellio-Timestamp</c> and <c>X-Hellio-Signature-V2</c>. Default on.</summary>
    public bool IncludeHellioTimestampedSignature { get; init; } = true;

    /// <summary>Gets extra headers added to every delivery.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
