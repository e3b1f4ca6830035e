using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Serialization;

/// <summary>
/// Reads timestamps in any of the forms the vendors were seen to use (ISO-8601 with or without offset,
/// <c>yyyy-MM-dd HH:mm:ss</c>, Unix seconds) and never fails a response because of one odd date:
/// an unreadable value becomes <see langword="null"/> (the raw JSON stays on the response).
/// </summary>
/// <remarks>The Instasent docs say response timestamps are strings of an undocumented format.</remarks>
public sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.TryGetDateTimeOffset(out var iso))
                {
                    return iso;
                }

                var text = reader.GetString();
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
                {
                    return parsed;
                }

                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unixText)
                    ? FromUnix(unixText)
                    : null;
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var unix) ? FromUnix(unix) : null;
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } v)
        {
            writer.WriteStringValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static DateTimeOffset? FromUnix(long value)
    {
        // Anything above year 9999 in seconds is treated as milliseconds; out-of-range values are dropped, not thrown.
        const long MaxSeconds = 253402300799;
        if (value > MaxSeconds)
        {
            value /= 1000;
        }

        return value is < 0 or > MaxSeconds ? null : DateTimeOffset.FromUnixTimeSeconds(value);
    }
}
