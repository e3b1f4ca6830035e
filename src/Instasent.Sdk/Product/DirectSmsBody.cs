using System.Text.Json.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>The JSON body of a direct SMS.</summary>
internal sealed record DirectSmsBody(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("allowUnicode")] bool? AllowUnicode);
