namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Remembers which webhook deliveries were already handled, so a retried or replayed delivery is acknowledged without
/// being processed twice. Implement it over a shared store (Redis, a database table) when several instances receive
/// webhooks; <see cref="InMemoryWebhookDeduplicationStore"/> suits a single instance.
/// </summary>
public interface IWebhookDeduplicationStore
{
    /// <summary>Records a key if it is new.</summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="retention">How long to remember it; longer than the sender's retry schedule.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when the key was new (process the delivery); <see langword="false"/> for a duplicate.</returns>
    ValueTask<bool> TryAddAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default);

    /// <summary>Forgets a key, so the sender's next retry is processed (call it when handling failed).</summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the key is forgotten.</returns>
    ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default);
}
