using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Batching;

/// <summary>The outcome of one input item, by its position in the caller's input.</summary>
/// <typeparam name="TResult">What the server returns for an accepted item.</typeparam>
public sealed record BatchItemOutcome<TResult>
{
    // The runner stamps where an item came from onto the outcome its batch produced, in place: a copy per item (with
    // `with`) was a second object for every record of a bulk call.
    private int index;
    private int batchNumber = -1;
    private string? clientReference;
    private bool idempotentOperation;

    /// <summary>Gets the 0-based position of the item in the caller's input.</summary>
    public required int Index { get => index; init => index = value; }

    /// <summary>Gets what happened to the item.</summary>
    public required BatchItemStatus Status { get; init; }

    /// <summary>Gets what the server returned for the item, when accepted (and the server returned something).</summary>
    public TResult? Result { get; init; }

    /// <summary>
    /// Gets why the item was rejected, or, for <see cref="BatchItemStatus.NotSent"/> and
    /// <see cref="BatchItemStatus.Unknown"/> items without an <see cref="Exception"/>, an explanation.
    /// </summary>
    public IReadOnlyList<InstasentFieldError> Errors { get; init; } = [];

    /// <summary>Gets whether the SDK rejected the item before sending it.</summary>
    public bool RejectedBeforeSending { get; init; }

    /// <summary>
    /// Gets the exception of the item's batch, when the batch failed as a whole (<see cref="BatchItemStatus.Failed"/>,
    /// and <see cref="BatchItemStatus.Unknown"/> when a failure made the outcome unknown).
    /// </summary>
    public InstasentException? Exception { get; init; }

    /// <summary>Gets the 0-based number of the request (batch) that carried the item, or -1 if it was never sent.</summary>
    public int BatchNumber { get => batchNumber; init => batchNumber = value; }

    /// <summary>
    /// Gets whether the server's answer could not tell this item apart from another item of the same batch with the
    /// same identity (the same <c>clientId</c>, recipient and text; the same <c>_user_id</c> or <c>_event_id</c>; or
    /// answers that echo nothing). The status is certain, but <see cref="Result"/> or <see cref="Errors"/> may be
    /// those of the look-alike item. Give every item its own identity (for Instasent SMS,
    /// <see cref="Sms.InstasentSmsApiOptions.AssignClientIds"/>) to avoid it.
    /// </summary>
    public bool IsAmbiguous { get; init; }

    /// <summary>
    /// Gets the identifier the item was sent with that finds it on the server later, when it has one the caller may
    /// not know: the SMS <c>clientId</c> (the caller's, or the one <see cref="Sms.InstasentSmsApiOptions.AssignClientIds"/>
    /// assigned) or the Ingest <c>_event_id</c> (given or derived). Use it to look up an <see cref="BatchItemStatus.Unknown"/>
    /// item before sending it again.
    /// </summary>
    public string? ClientReference { get => clientReference; init => clientReference = value; }

    /// <summary>
    /// Gets whether the bulk operation is idempotent, so sending the item again cannot store it twice: Ingest upserts
    /// are keyed by <c>_user_id</c> and events by <c>_event_id</c>. SMS sends are not idempotent.
    /// </summary>
    public bool IdempotentOperation { get => idempotentOperation; init => idempotentOperation = value; }

    /// <summary>
    /// Gets whether the item may be sent again without any risk of the server holding it twice: the server certainly
    /// does not have it (<see cref="BatchItemStatus.Rejected"/>, <see cref="BatchItemStatus.Failed"/>,
    /// <see cref="BatchItemStatus.NotSent"/>), or it is <see cref="BatchItemStatus.Unknown"/> and the operation is
    /// idempotent. Never true for accepted items. A rejected item still needs fixing before it can succeed.
    /// </summary>
    public bool IsSafeToResend => Status switch
    {
        BatchItemStatus.Rejected or BatchItemStatus.Failed or BatchItemStatus.NotSent => true,
        BatchItemStatus.Unknown => IdempotentOperation,
        _ => false,
    };

    /// <summary>
    /// Sets where the item came from, before the outcome is published. Outcomes come from their batch with no batch
    /// number yet; one that already has a number was handed out twice and is copied first, so no two items ever share
    /// an outcome object.
    /// </summary>
    internal BatchItemOutcome<TResult> Stamp(int itemIndex, int number, string? reference, bool idempotent)
    {
        var target = batchNumber >= 0 ? this with { } : this;
        target.index = itemIndex;
        target.batchNumber = number;
        target.clientReference = reference;
        target.idempotentOperation = idempotent;
        return target;
    }
}
