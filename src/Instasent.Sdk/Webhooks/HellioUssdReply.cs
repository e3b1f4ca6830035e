using System.Text.Json.Serialization;

namespace Instasent.Sdk.Webhooks;

/// <summary>The answer to a <see cref="HellioUssdCallback"/>: the text to show and whether the session goes on.</summary>
public sealed record HellioUssdReply
{
    /// <summary>Gets the text shown to the user.</summary>
    [JsonPropertyName("message")]
    public string Message { get; init; } = string.Empty;

    /// <summary>Gets whether Hellio waits for more input or ends the session.</summary>
    [JsonPropertyName("action")]
    public HellioUssdAction Action { get; init; }

    /// <summary>Creates a reply that shows a message and waits for the next input.</summary>
    /// <param name="message">The text to show.</param>
    /// <returns>The reply.</returns>
    public static HellioUssdReply Continue(string message) => Create(message, HellioUssdAction.Continue);

    /// <summary>Creates a reply that shows a message and ends the session.</summary>
    /// <param name="message">The text to show.</param>
    /// <returns>The reply.</returns>
    public static HellioUssdReply End(string message) => Create(message, HellioUssdAction.End);

    /// <inheritdoc />
    public override string ToString() => $"HellioUssdReply {{ Action = {Action}, Message length = {Message.Length} }}";

    private static HellioUssdReply Create(string message, HellioUssdAction action)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new HellioUssdReply { Message = message, Action = action };
    }
}
