using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>An SMS campaign to send with <c>POST /sms/send</c>.</summary>
public sealed record HellioSmsRequest
{
    /// <summary>Initializes a new instance; set every required property.</summary>
    public HellioSmsRequest()
    {
    }

    /// <summary>Initializes a new instance (sender, recipients, text: the argument order of every family).</summary>
    /// <param name="sender">An approved sender id, at most 11 characters.</param>
    /// <param name="recipients">1 to 10,000 numbers (each at most 20 characters; <c>+233…</c> or digits only).</param>
    /// <param name="message">The text, at most 1,600 characters.</param>
    [SetsRequiredMembers]
    public HellioSmsRequest(string sender, IReadOnlyList<string> recipients, string message)
    {
        Sender = sender;
        Recipients = recipients;
        Message = message;
    }

    /// <summary>Gets 1 to 10,000 numbers (each at most 20 characters; <c>+233…</c> or digits only).</summary>
    [JsonPropertyName("recipients")]
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>Gets the approved sender id, at most 11 characters.</summary>
    [JsonPropertyName("sender")]
    public required string Sender { get; init; }

    /// <summary>Gets the text, at most 1,600 characters.</summary>
    [JsonPropertyName("message")]
    public required string Message { get; init; }

    /// <summary>Gets a routing override; <see langword="null"/> (not sent) for Hellio's default routing.</summary>
    [JsonPropertyName("gateway")]
    public string? Gateway { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"HellioSmsRequest {{ Sender = {Sender}, Recipients = {Recipients?.Count ?? 0}, MessageLength = {Message?.Length ?? 0} }}";
}
