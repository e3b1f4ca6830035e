namespace Instasent.Sdk.Webhooks;

/// <summary>What <see cref="IWebhookDeduplicationStore.TryClaimAsync"/> found for a delivery.</summary>
public enum WebhookDeduplicationStatus
{
    /// <summary>The delivery is new (or its previous lease expired or was released): this caller holds the lease and runs the handler.</summary>
    Claimed = 0,

    /// <summary>Another copy of the delivery is being handled right now: answer non-2xx so the sender retries later.</summary>
    InProgress = 1,

    /// <summary>The delivery was already handled successfully: acknowledge it without running the handler.</summary>
    Completed = 2,
}
