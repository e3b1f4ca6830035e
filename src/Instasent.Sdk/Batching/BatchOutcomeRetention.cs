namespace Instasent.Sdk.Batching;

/// <summary>
/// Which outcomes a bulk call keeps in its <see cref="BatchResult{TResult}"/> (set per call with
/// <see cref="InstasentRequestOptions.OutcomeRetention"/>). Every item still gets exactly one outcome and is counted;
/// this only chooses which outcomes stay in memory until the call ends. To keep none, use the family's
/// <c>…StreamingAsync</c> method, which yields each outcome as its batch finishes.
/// </summary>
public enum BatchOutcomeRetention
{
    /// <summary>Keep every outcome: <see cref="BatchResult{TResult}.Items"/> has one per input item, by index (the default).</summary>
    All = 0,

    /// <summary>
    /// Keep counts for every item but only the outcomes that were not accepted (rejected, failed, not sent, unknown):
    /// what a caller must act on. Memory then grows with the failures, not with the input, so a sync of millions of
    /// records stays flat when it goes well.
    /// </summary>
    NotAccepted = 1,
}
