using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>A number lookup (HLR) to start with <c>POST /lookup</c>; it runs asynchronously.</summary>
public sealed record HellioLookupRequest
{
    /// <summary>Initializes a new instance; set <see cref="Numbers"/>.</summary>
    public HellioLookupRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="numbers">The numbers to look up.</param>
    [SetsRequiredMembers]
    public HellioLookupRequest(IReadOnlyList<string> numbers)
    {
        Numbers = numbers;
    }

    /// <summary>Gets the numbers to look up.</summary>
    [JsonPropertyName("numbers")]
    public required IReadOnlyList<string> Numbers { get; init; }

    /// <summary>Gets when to run it; <see langword="null"/> for now.</summary>
    [JsonPropertyName("scheduled_at")]
    public DateTimeOffset? ScheduledAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioLookupRequest {{ Numbers = {Numbers?.Count ?? 0}, ScheduledAt = {ScheduledAt} }}";
}
