namespace Instasent.Sdk.Ingest;

/// <summary>
/// What the server said about one accepted record. The record the server echoes back is not kept: it is the record
/// sent, which the caller has at the outcome's index, and one JSON document per record cost more than the rest of
/// the SDK's work for it.
/// </summary>
public sealed record IngestItemResult
{
    /// <summary>Gets the record's position in its batch (0 to 99).</summary>
    public int Position { get; init; }

    /// <summary>Gets the record's <c>_user_id</c>.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the <c>_event_id</c> sent (given or derived), for events.</summary>
    public string? EventId { get; init; }

    /// <summary>Gets a value indicating whether the batch was a dry run (validated, nothing written).</summary>
    public bool DryRun { get; init; }
}
