using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Batching;

/// <summary>How one bulk call splits, checks and prepares its items.</summary>
/// <typeparam name="TItem">The input item type.</typeparam>
/// <param name="BatchSize">Items per request.</param>
/// <param name="Concurrency">Requests in flight at once.</param>
/// <param name="CancellationGrace">How long batches in flight may finish after the caller cancelled.</param>
/// <param name="TimeProvider">The clock of the grace period.</param>
/// <param name="Validate">The SDK's checks of one item; an item with errors is rejected without being sent.</param>
internal sealed record BatchPlan<TItem>(
    int BatchSize,
    int Concurrency,
    TimeSpan CancellationGrace,
    TimeProvider TimeProvider,
    Func<TItem, IReadOnlyList<InstasentFieldError>> Validate)
{
    /// <summary>
    /// Gets what is done to a valid item before it is batched (an SMS <c>clientId</c> assigned, an event id derived),
    /// once, so every attempt of its batch sends the same thing and the outcome can name it.
    /// </summary>
    public Func<TItem, TItem>? Prepare { get; init; }

    /// <summary>Gets the identifier of a (prepared) item to report as <see cref="BatchItemOutcome{TResult}.ClientReference"/>.</summary>
    public Func<TItem, string?>? Reference { get; init; }

    /// <summary>A plan with the client's current bulk settings.</summary>
    public static BatchPlan<TItem> For(InstasentOperationExecutor executor, int batchSize, Func<TItem, IReadOnlyList<InstasentFieldError>> validate)
    {
        var options = executor.Options;
        return new BatchPlan<TItem>(batchSize, options.BulkConcurrency, options.BulkCancellationGrace, executor.TimeProvider, validate);
    }
}
