using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Serialization;

/// <summary>
/// Reads and writes an <see cref="IExtensibleEnum{TSelf}"/> as a JSON string; numbers and booleans are kept as their text
/// so an unexpected wire type never fails a whole response.
/// </summary>
/// <typeparam name="T">The extensible enum type.</typeparam>
public sealed class ExtensibleEnumJsonConverter<T> : JsonConverter<T>
    where T : struct, IExtensibleEnum<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return T.FromWire(reader.GetString() ?? string.Empty);
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return T.FromWire(System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.Null:
                return T.FromWire(string.Empty);
            default:
                reader.Skip();
                return T.FromWire(string.Empty);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
