namespace Instasent.Sdk.Testing;

/// <summary>What your endpoint answered to one webhook delivery.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The response body text.</param>
/// <param name="ContentType">The response content type, if any.</param>
public sealed record WebhookDeliveryResult(int StatusCode, string Body, string? ContentType)
{
    /// <summary>Gets whether the answer was 2xx, which the vendors treat as delivered.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
