using System.Text.Json;

namespace Instasent.Sdk.Product;

/// <summary>
/// What an audience stream action answered. The docs list 202 (queued), 200 (processed with <c>_sync</c>) and 204
/// (idempotent no-op, no body); the body shape is undocumented and kept raw.
/// </summary>
public sealed class AudienceActionResult
{
    /// <summary>Gets the HTTP status.</summary>
    public int StatusCode { get; init; }

    /// <summary>Gets the response body, when there was one.</summary>
    public JsonElement? Body { get; init; }

    /// <summary>Gets whether the server only queued the action (202).</summary>
    public bool Queued => StatusCode == 202;
}
