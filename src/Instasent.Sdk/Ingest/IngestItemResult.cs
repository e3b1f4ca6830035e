using System.Text.Json;

namespace Instasent.Sdk.Ingest;

/// <summary>What the server said about one accepted record.</summary>
/// <param name="Position">The record's position in its batch (0 to 99).</param>
/// <param name="UserId">The record's <c>_user_id</c>.</param>
/// <param name="EventId">The <c>_event_id</c> sent (given or derived), for events.</param>
/// <param name="Item">The per-item JSON the server returned, when it returned one.</param>
/// <param name="DryRun">Whether the batch was a dry run (validated, nothing written).</param>
public sealed record IngestItemResult(int Position, string? UserId, string? EventId, JsonElement? Item, bool DryRun);
