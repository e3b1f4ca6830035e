using System.Text.Json;

namespace Instasent.Sdk.Ingest;

/// <summary>What the server said about one accepted record.</summary>
public sealed record IngestItemResult
{
    /// <summary>Gets the record's position in its batch (0 to 99).</summary>
    public int Position { get; init; }

    /// <summary>Gets the record's <c>_user_id</c>.</summary>
    public string? UserId { get; init; }

    /// <summary>Gets the <c>_event_id</c> sent (given or derived), for events.</summary>
    public string? EventId { get; init; }

    /// <summary>Gets the per-item JSON the server returned, when it returned one.</summary>
    public JsonElement? Item { get; init; }

    /// <summary>Gets a value indicating whether the batch was a dry run (validated, nothing written).</summary>
    public bool DryRun { get; init; }
}
