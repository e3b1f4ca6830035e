namespace Instasent.Sdk.Webhooks;

/// <summary>
/// Remembers webhook deliveries as short <em>processing</em> leases that become <em>done</em> markers once the handler
/// succeeded, so a retried or concurrent copy of a delivery is neither processed twice nor lost. Implement it over a
/// shared store when several instances receive webhooks; <see cref="InMemoryWebhookDeduplicationStore"/> suits one
/// instance.
/// </summary>
/// <remarks>
/// <para>The three operations map onto Redis as follows (any store with an atomic "create if absent, with expiry" and a
/// compare-and-delete works the same way):</para>
/// <list type="bullet">
/// <item><description><see cref="TryClaimAsync"/>: <c>SET key {leaseToken} NX PX {lease}</c>; when the key exists,
/// its value tells <see cref="WebhookDeduplicationStatus.Completed"/> (the done marker) from
/// <see cref="WebhookDeduplicationStatus.InProgress"/> (another lease, whose <c>PTTL</c> is the
/// <see cref="WebhookDeduplicationClaim.RetryAfter"/>). An expired lease has vanished, so the next claim takes over.</description></item>
/// <item><description><see cref="CompleteAsync"/>: <c>SET key done PX {retention}</c>, whoever holds the key.</description></item>
/// <item><description><see cref="ReleaseAsync"/>: delete the key only if its value is still <c>{leaseToken}</c> (a
/// small Lua script), so a slow failing handler never removes a lease taken over by another delivery, nor a done marker.</description></item>
/// </list>
/// </remarks>
public interface IWebhookDeduplicationStore
{
    /// <summary>Claims a delivery for processing, unless it is done or another delivery holds an unexpired lease on it.</summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="processingLease">How long the claim holds if it is neither completed nor released (a crashed process); then another delivery may take it over.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>
    /// <see cref="WebhookDeduplicationStatus.Claimed"/> with a lease token (run the handler, then complete or release);
    /// <see cref="WebhookDeduplicationStatus.InProgress"/> (refuse with a non-2xx so the sender retries later); or
    /// <see cref="WebhookDeduplicationStatus.Completed"/> (acknowledge without running the handler).
    /// </returns>
    ValueTask<WebhookDeduplicationClaim> TryClaimAsync(string key, TimeSpan processingLease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a delivery as done after its handler succeeded, replacing whatever the key holds (the handler's success
    /// settles the delivery even if its lease expired meanwhile).
    /// </summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="retention">How long to remember it; longer than the sender's retry schedule.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the delivery is marked done.</returns>
    ValueTask CompleteAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a claim back after the handler failed, so the sender's next retry is processed. Does nothing when the key
    /// no longer holds this lease (it expired and was taken over, or the delivery was completed).
    /// </summary>
    /// <param name="key">The delivery's deduplication key.</param>
    /// <param name="leaseToken">The <see cref="WebhookDeduplicationClaim.LeaseToken"/> of the claim.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the lease is released.</returns>
    ValueTask ReleaseAsync(string key, string leaseToken, CancellationToken cancellationToken = default);
}
