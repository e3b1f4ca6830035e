using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A number lookup (HLR) to start with <c>POST /lookup</c>; it runs asynchronously.</summary>
/// <param name="Numbers">The numbers to look up.</param>
public sealed record HellioLookupRequest([property: JsonPropertyName("numbers")] IReadOnlyList<string> Numbers)
{
    /// <summary>Gets when to run it; <see langword="null"/> for now.</summary>
    [JsonPropertyName("scheduled_at")]
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioLookupRequest {{ Numbers = {Numbers?.Count ?? 0}, ScheduledAt = {ScheduledAt} }}";
}
