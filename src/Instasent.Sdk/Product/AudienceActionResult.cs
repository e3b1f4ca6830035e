using System.Text.Json;

namespace Instasent.Sdk.Product;

/// <summary>
/// What an audience stream action answered. The docs list 202 (queued), 200 (processed with <c>_sync</c>) and 204
/// (idempotent no-op, no body); the body shape is undocumented and kept raw.
/// </summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Body">The response body, when there was one.</param>
public sealed record AudienceActionResult(int StatusCode, JsonElement? Body)
{
    /// <summary>Gets whether the server only queued the action (202).</summary>
    public bool Queued => StatusCode == 202;
}
