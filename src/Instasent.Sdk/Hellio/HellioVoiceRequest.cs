using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>
/// A voice broadcast to send with <c>POST /voice/send</c>: exactly one of <see cref="Text"/> (synthesised) or
/// <see cref="AudioUrl"/> (a hosted file Hellio fetches). Billed per second of audio per recipient.
/// </summary>
public sealed record HellioVoiceRequest
{
    /// <summary>Initializes a new instance; set <see cref="Recipients"/>.</summary>
    public HellioVoiceRequest()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="recipients">The numbers to call.</param>
    [SetsRequiredMembers]
    public HellioVoiceRequest(IReadOnlyList<string> recipients)
    {
        Recipients = recipients;
    }

    /// <summary>Gets the numbers to call.</summary>
    [JsonPropertyName("recipients")]
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>Gets the caller id (sent by the official SDKs; likely optional).</summary>
    [JsonPropertyName("caller_id")]
    public string? CallerId { get; init; }

    /// <summary>Gets the text to synthesise.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Gets the address of an audio file to play.</summary>
    [JsonPropertyName("audio_url")]
    public Uri? AudioUrl { get; init; }

    /// <summary>Gets the synthetic voice for <see cref="Text"/>: <c>alloy</c> (default), <c>echo</c>, <c>fable</c>, <c>onyx</c>, <c>nova</c>, <c>shimmer</c>.</summary>
    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    /// <summary>Gets a campaign label.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioVoiceRequest {{ Recipients = {Recipients?.Count ?? 0}, Name = {Name}, HasText = {Text is not null}, HasAudio = {AudioUrl is not null} }}";
}
