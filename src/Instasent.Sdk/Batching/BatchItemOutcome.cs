using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Batching;

/// <summary>The outcome of one input item, by its position in the caller's input.</summary>
/// <typeparam name="TResult">What the server returns for an accepted item.</typeparam>
public sealed record BatchItemOutcome<TResult>
{
    /// <summary>Gets the 0-based position of the item in the caller's input.</summary>
    public required int Index { get; init; }

    /// <summary>Gets what happened to the item.</summary>
    public required BatchItemStatus Status { get; init; }

    /// <summary>Gets what the server returned for the item, when accepted (and the server returned something).</summary>
    public TResult? Result { get; init; }

    /// <summary>Gets why the item was rejected.</summary>
    public IReadOnlyList<InstasentFieldError> Errors { get; init; } = [];

    /// <summary>Gets whether the SDK rejected the item before sending it.</summary>
    public bool RejectedBeforeSending { get; init; }

    /// <summary>Gets the exception of the item's batch, when <see cref="Status"/> is <see cref="BatchItemStatus.Failed"/>.</summary>
    public InstasentException? Exception { get; init; }

    /// <summary>Gets the 0-based number of the request (batch) that carried the item, or -1 if it was never sent.</summary>
    public int BatchNumber { get; init; } = -1;
}
