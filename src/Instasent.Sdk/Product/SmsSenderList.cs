using System.Text.Json;

namespace Instasent.Sdk.Product;

/// <summary>The project's SMS senders and its default sender.</summary>
/// <param name="Senders">The senders.</param>
/// <param name="DefaultSender">The default sender as sent in <c>metadata.defaultSender</c> (id or object; the sources do not say).</param>
public sealed record SmsSenderList(IReadOnlyList<SmsSender> Senders, JsonElement? DefaultSender)
{
    /// <summary>Gets the default sender's id, when the server sent an id or an object with an <c>id</c>.</summary>
    public string? DefaultSenderId => DefaultSender switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("id", out var id) => id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText(),
        _ => null,
    };
}
