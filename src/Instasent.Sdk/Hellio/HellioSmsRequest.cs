using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>An SMS campaign to send with <c>POST /sms/send</c>.</summary>
/// <param name="Recipients">1 to 10,000 numbers (each at most 20 characters; <c>+233…</c> or digits only).</param>
/// <param name="Sender">An approved sender id, at most 11 characters.</param>
/// <param name="Message">The text, at most 1,600 characters.</param>
public sealed record HellioSmsRequest(
    [property: JsonPropertyName("recipients")] IReadOnlyList<string> Recipients,
    [property: JsonPropertyName("sender")] string Sender,
    [property: JsonPropertyName("message")] string Message)
{
    /// <summary>Gets a routing override; <see langword="null"/> (not sent) for Hellio's default routing.</summary>
    [JsonPropertyName("gateway")]
    public string? Gateway { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioSmsRequest {{ Sender = {Sender}, Recipients = {Recipients?.Count ?? 0}, MessageLength = {Message?.Length ?? 0} }}";
}
