using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>
/// Reads and writes <see cref="SmsMessage"/>, the model of every bulk answer and SMS listing, without the generic path
/// System.Text.Json takes for init-only models (an argument array per message and a box per nullable value): values are
/// read into a stack-only <see cref="Fields"/> and the record is built in one object initializer.
/// </summary>
/// <remarks>
/// Values in the shape the API sends (strings, numbers, booleans, ISO dates) are read here; any other token goes to
/// System.Text.Json with the options every SDK context uses (<see cref="FallbackContext"/>: quoted numbers, the lenient
/// dates, the extensible status), so odd values are tolerated, and wrong ones fail, exactly as before, in any context
/// that includes <see cref="SmsMessage"/>. <c>SmsMessageJsonTests</c> fails when a property of <see cref="SmsMessage"/>
/// is missing here.
/// </remarks>
internal sealed partial class SmsMessageJsonConverter : JsonConverter<SmsMessage>
{
    // Unescaped, a member name of SmsMessage is at most 13 bytes; escaped, at most 6 bytes per byte.
    private const int NameBufferLength = 128;

    private static readonly (byte[] Utf8, SmsStatus Status)[] KnownStatuses =
    [
        .. new[]
        {
            SmsStatus.Enqueued, SmsStatus.Sent, SmsStatus.Accepted, SmsStatus.Buffered, SmsStatus.Delivered, SmsStatus.Error,
            SmsStatus.Failed, SmsStatus.Expired, SmsStatus.Canceled, SmsStatus.Rejected, SmsStatus.Unknown, SmsStatus.Stop,
        }.Select(s => (System.Text.Encoding.UTF8.GetBytes(s.Value), s)),
    ];

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText ClientId = JsonEncodedText.Encode("clientId");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText NormalizedTo = JsonEncodedText.Encode("normalizedTo");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText DeliveredText = JsonEncodedText.Encode("deliveredText");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText StatusCode = JsonEncodedText.Encode("statusCode");
    private static readonly JsonEncodedText AllowUnicode = JsonEncodedText.Encode("allowUnicode");
    private static readonly JsonEncodedText Unicode = JsonEncodedText.Encode("unicode");
    private static readonly JsonEncodedText Encoding = JsonEncodedText.Encode("encoding");
    private static readonly JsonEncodedText CharsCount = JsonEncodedText.Encode("charsCount");
    private static readonly JsonEncodedText MessagesCount = JsonEncodedText.Encode("messagesCount");
    private static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText PricePerSms = JsonEncodedText.Encode("pricePerSms");
    private static readonly JsonEncodedText PriceUser = JsonEncodedText.Encode("priceUser");
    private static readonly JsonEncodedText Charged = JsonEncodedText.Encode("charged");
    private static readonly JsonEncodedText Inbound = JsonEncodedText.Encode("inbound");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("createdAt");
    private static readonly JsonEncodedText ScheduledAt = JsonEncodedText.Encode("scheduledAt");
    private static readonly JsonEncodedText SentAt = JsonEncodedText.Encode("sentAt");
    private static readonly JsonEncodedText DeliveredAt = JsonEncodedText.Encode("deliveredAt");
    private static readonly JsonEncodedText Metadata = JsonEncodedText.Encode("metadata");

    /// <inheritdoc />
    public override SmsMessage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for an SMS, got {reader.TokenType}.");
        }

        var fields = new Fields();
        Span<byte> buffer = stackalloc byte[NameBufferLength];

        // The serializer hands a custom converter the whole value, so Read cannot run out of input here.
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            scoped ReadOnlySpan<byte> name = default;
            if (raw <= NameBufferLength)
            {
                name = reader.HasValueSequence || reader.ValueIsEscaped ? buffer[..reader.CopyString(buffer)] : reader.ValueSpan;
            }

            if (name.IsEmpty || !fields.TryRead(name, ref reader))
            {
                var key = reader.GetString()!;
                reader.Read();
                (fields.AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[key] = JsonElement.ParseValue(ref reader);
            }
        }

        return fields.ToMessage();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SmsMessage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var skipNulls = options.DefaultIgnoreCondition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault;

        writer.WriteStartObject();
        WriteString(writer, Id, value.Id, skipNulls);
        WriteString(writer, ClientId, value.ClientId, skipNulls);
        WriteString(writer, From, value.From, skipNulls);
        WriteString(writer, To, value.To, skipNulls);
        WriteString(writer, NormalizedTo, value.NormalizedTo, skipNulls);
        WriteString(writer, Text, value.Text, skipNulls);
        WriteString(writer, DeliveredText, value.DeliveredText, skipNulls);
        writer.WriteString(Status, value.Status.Value);
        WriteElement(writer, StatusCode, value.StatusCode, skipNulls);
        WriteBoolean(writer, AllowUnicode, value.AllowUnicode, skipNulls);
        WriteBoolean(writer, Unicode, value.Unicode, skipNulls);
        WriteString(writer, Encoding, value.Encoding, skipNulls);
        WriteNumber(writer, CharsCount, value.CharsCount, skipNulls);
        WriteNumber(writer, MessagesCount, value.MessagesCount, skipNulls);
        WriteString(writer, Country, value.Country, skipNulls);
        WriteNumber(writer, PricePerSms, value.PricePerSms, skipNulls);
        WriteNumber(writer, PriceUser, value.PriceUser, skipNulls);
        WriteBoolean(writer, Charged, value.Charged, skipNulls);
        WriteBoolean(writer, Inbound, value.Inbound, skipNulls);
        WriteDate(writer, CreatedAt, value.CreatedAt, skipNulls);
        WriteDate(writer, ScheduledAt, value.ScheduledAt, skipNulls);
        WriteDate(writer, SentAt, value.SentAt, skipNulls);
        WriteDate(writer, DeliveredAt, value.DeliveredAt, skipNulls);
        WriteElement(writer, Metadata, value.Metadata, skipNulls);
        if (value.AdditionalProperties is { } additional)
        {
            foreach (var (key, element) in additional)
            {
                writer.WritePropertyName(key);
                element.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value, bool skipNulls)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else if (!skipNulls)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value, bool skipNulls)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
        else if (!skipNulls)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value, bool skipNulls)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else if (!skipNulls)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, decimal? value, bool skipNulls)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else if (!skipNulls)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value, bool skipNulls)
    {
        if (value is { } v)
        {
            writer.WriteString(name, v);
        }
        else if (!skipNulls)
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteElement(Utf8JsonWriter writer, JsonEncodedText name, JsonElement? value, bool skipNulls)
    {
        if (value is { } v)
        {
            writer.WritePropertyName(name);
            v.WriteTo(writer);
        }
        else if (!skipNulls)
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The values of one message while it is read; lives on the stack.</summary>
    private ref struct Fields
    {
        public string? Id;
        public string? ClientId;
        public string? From;
        public string? To;
        public string? NormalizedTo;
        public string? Text;
        public string? DeliveredText;
        public SmsStatus Status;
        public JsonElement? StatusCode;
        public bool? AllowUnicode;
        public bool? Unicode;
        public string? Encoding;
        public int? CharsCount;
        public int? MessagesCount;
        public string? Country;
        public decimal? PricePerSms;
        public decimal? PriceUser;
        public bool? Charged;
        public bool? Inbound;
        public DateTimeOffset? CreatedAt;
        public DateTimeOffset? ScheduledAt;
        public DateTimeOffset? SentAt;
        public DateTimeOffset? DeliveredAt;
        public JsonElement? Metadata;
        public Dictionary<string, JsonElement>? AdditionalProperties;

        /// <summary>Reads the value of a known member (the reader is on its name); false leaves the reader untouched.</summary>
        public bool TryRead(scoped ReadOnlySpan<byte> name, ref Utf8JsonReader reader)
        {
            switch (name.Length)
            {
                case 2 when name.SequenceEqual("id"u8):
                    reader.Read();
                    Id = ReadString(ref reader);
                    return true;
                case 2 when name.SequenceEqual("to"u8):
                    reader.Read();
                    To = ReadString(ref reader);
                    return true;
                case 4 when name.SequenceEqual("from"u8):
                    reader.Read();
                    From = ReadString(ref reader);
                    return true;
                case 4 when name.SequenceEqual("text"u8):
                    reader.Read();
                    Text = ReadString(ref reader);
                    return true;
                case 6 when name.SequenceEqual("status"u8):
                    reader.Read();
                    Status = ReadStatus(ref reader);
                    return true;
                case 6 when name.SequenceEqual("sentAt"u8):
                    reader.Read();
                    SentAt = ReadDate(ref reader);
                    return true;
                case 7 when name.SequenceEqual("unicode"u8):
                    reader.Read();
                    Unicode = ReadBoolean(ref reader);
                    return true;
                case 7 when name.SequenceEqual("country"u8):
                    reader.Read();
                    Country = ReadString(ref reader);
                    return true;
                case 7 when name.SequenceEqual("charged"u8):
                    reader.Read();
                    Charged = ReadBoolean(ref reader);
                    return true;
                case 7 when name.SequenceEqual("inbound"u8):
                    reader.Read();
                    Inbound = ReadBoolean(ref reader);
                    return true;
                case 8 when name.SequenceEqual("clientId"u8):
                    reader.Read();
                    ClientId = ReadString(ref reader);
                    return true;
                case 8 when name.SequenceEqual("encoding"u8):
                    reader.Read();
                    Encoding = ReadString(ref reader);
                    return true;
                case 8 when name.SequenceEqual("metadata"u8):
                    reader.Read();
                    Metadata = ReadElement(ref reader);
                    return true;
                case 9 when name.SequenceEqual("priceUser"u8):
                    reader.Read();
                    PriceUser = ReadDecimal(ref reader);
                    return true;
                case 9 when name.SequenceEqual("createdAt"u8):
                    reader.Read();
                    CreatedAt = ReadDate(ref reader);
                    return true;
                case 10 when name.SequenceEqual("statusCode"u8):
                    reader.Read();
                    StatusCode = ReadElement(ref reader);
                    return true;
                case 10 when name.SequenceEqual("charsCount"u8):
                    reader.Read();
                    CharsCount = ReadInt32(ref reader);
                    return true;
                case 11 when name.SequenceEqual("pricePerSms"u8):
                    reader.Read();
                    PricePerSms = ReadDecimal(ref reader);
                    return true;
                case 11 when name.SequenceEqual("scheduledAt"u8):
                    reader.Read();
                    ScheduledAt = ReadDate(ref reader);
                    return true;
                case 11 when name.SequenceEqual("deliveredAt"u8):
                    reader.Read();
                    DeliveredAt = ReadDate(ref reader);
                    return true;
                case 12 when name.SequenceEqual("normalizedTo"u8):
                    reader.Read();
                    NormalizedTo = ReadString(ref reader);
                    return true;
                case 12 when name.SequenceEqual("allowUnicode"u8):
                    reader.Read();
                    AllowUnicode = ReadBoolean(ref reader);
                    return true;
                case 13 when name.SequenceEqual("deliveredText"u8):
                    reader.Read();
                    DeliveredText = ReadString(ref reader);
                    return true;
                case 13 when name.SequenceEqual("messagesCount"u8):
                    reader.Read();
                    MessagesCount = ReadInt32(ref reader);
                    return true;
                default:
                    return false;
            }
        }

        // The id is a non-nullable string declared as "": an answer without one (or with null) keeps that.
        public readonly SmsMessage ToMessage() => new()
        {
            Id = Id ?? string.Empty,
            ClientId = ClientId,
            From = From,
            To = To,
            NormalizedTo = NormalizedTo,
            Text = Text,
            DeliveredText = DeliveredText,
            Status = Status,
            StatusCode = StatusCode,
            AllowUnicode = AllowUnicode,
            Unicode = Unicode,
            Encoding = Encoding,
            CharsCount = CharsCount,
            MessagesCount = MessagesCount,
            Country = Country,
            PricePerSms = PricePerSms,
            PriceUser = PriceUser,
            Charged = Charged,
            Inbound = Inbound,
            CreatedAt = CreatedAt,
            ScheduledAt = ScheduledAt,
            SentAt = SentAt,
            DeliveredAt = DeliveredAt,
            Metadata = Metadata,
            AdditionalProperties = AdditionalProperties,
        };

        private static string? ReadString(ref Utf8JsonReader reader) =>
            reader.TokenType is JsonTokenType.String or JsonTokenType.Null ? reader.GetString() : Fallback<string?>(ref reader);

        private static bool? ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => Fallback<bool?>(ref reader),
        };

        private static int? ReadInt32(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value
            : reader.TokenType == JsonTokenType.Null ? null
            : Fallback<int?>(ref reader);

        private static decimal? ReadDecimal(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value
            : reader.TokenType == JsonTokenType.Null ? null
            : Fallback<decimal?>(ref reader);

        private static DateTimeOffset? ReadDate(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value) ? value : Fallback<DateTimeOffset?>(ref reader);

        // A documented status reuses its shared instance instead of a new string per message.
        private static SmsStatus ReadStatus(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return Fallback<SmsStatus>(ref reader);
            }

            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                foreach (var (utf8, status) in KnownStatuses)
                {
                    if (reader.ValueSpan.SequenceEqual(utf8))
                    {
                        return status;
                    }
                }
            }

            return SmsStatus.FromWire(reader.GetString()!);
        }

        private static JsonElement? ReadElement(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader);

        // Quoted numbers, odd dates, numeric statuses and wrong types: the serializer decides, as it did before. The
        // calling context has no metadata for these types (a converted type's members are not generated), hence our own.
        private static T Fallback<T>(ref Utf8JsonReader reader) =>
            JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)FallbackContext.Default.GetTypeInfo(typeof(T))!)!;
    }

    /// <summary>Metadata for the member types, with the options of the SDK's contexts (see SmsJsonContext).</summary>
    [JsonSourceGenerationOptions(
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = [typeof(LenientDateTimeOffsetConverter)])]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(bool?))]
    [JsonSerializable(typeof(int?))]
    [JsonSerializable(typeof(decimal?))]
    [JsonSerializable(typeof(DateTimeOffset?))]
    [JsonSerializable(typeof(SmsStatus))]
    private sealed partial class FallbackContext : JsonSerializerContext;
}
