using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>Writes <c>_event_date</c> as UTC <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, the form the official n8n node sends; reads it leniently.</summary>
internal sealed class IngestDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string ToWire(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(ToWire(value));
}
