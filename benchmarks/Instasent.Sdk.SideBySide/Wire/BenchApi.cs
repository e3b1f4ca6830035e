using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Instasent.Sdk.SideBySide.Wire;

/// <summary>
/// The routes both sides call and the canned answers to them. The loopback server process and the in-memory handler
/// answer through this one class, so the two transports serve the same bytes. Answers are built straight from the
/// request with <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/>: echoes (bulk SMS, Ingest) carry what was
/// sent, as the real API does, so the SDK's matching of answers to items runs its real path.
/// </summary>
internal static class BenchApi
{
    public const string Token = "side-by-side-token";
    public const string TransactionalPrefix = "/transactional/v1";
    public const string ProductPrefix = "/v1";
    public const string IngestProject = "bench-project";
    public const string IngestDatasource = "bench-datasource";

    /// <summary>The scroll answers as many contacts as the project id says (<c>scroll-1000000</c>): one server serves every size.</summary>
    public const string ScrollProjectPrefix = "scroll-";

    public const string ControlDigestPath = "/__bench/digest";

    public static readonly byte[] SmsEntity = Encoding.UTF8.GetBytes(
        """{"entity":{"id":"sms_0123456789abcdef","clientId":null,"from":"Acme","to":"+34600111222","normalizedTo":"+34600111222","text":"Your code is 123456","status":"enqueued","encoding":"GSM_7BIT","charsCount":19,"messagesCount":1,"pricePerSms":0.045,"createdAt":"2026-11-23T10:00:00.0000000+00:00","country":"ES"}}""");

    private static readonly byte[] NotFound = Encoding.UTF8.GetBytes("""{"message":"not found"}""");

    public static string ScrollProject(long total) => ScrollProjectPrefix + total.ToString(CultureInfo.InvariantCulture);

    /// <summary>The response headers the real API sends with every answer.</summary>
    public static readonly KeyValuePair<string, string>[] ResponseHeaders =
    [
        new("X-Request-Id", "req_0123456789abcdef0123"),
        new("X-RateLimit-Limit", "100000"),
        new("X-RateLimit-Remaining", "99999"),
        new("X-RateLimit-Reset", (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 3600).ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Writes the answer to one request into <paramref name="output"/> and returns its status code.</summary>
    public static int Answer(string method, string path, ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        if (method == "POST")
        {
            if (path.EndsWith("/sms/bulk", StringComparison.Ordinal))
            {
                WriteBulkSms(body, output);
                return 201;
            }

            if (path.EndsWith("/sms", StringComparison.Ordinal))
            {
                output.Write(SmsEntity);
                return 201;
            }

            if (path.EndsWith("/stream/contacts", StringComparison.Ordinal))
            {
                WriteIngestAccepted(body, output);
                return 202;
            }

            if (path.EndsWith("/audience/scroll", StringComparison.Ordinal) && ScrollTotal(path) is { } total)
            {
                WriteScrollPage(body, total, output);
                return 200;
            }
        }

        output.Write(NotFound);
        return 404;
    }

    private static long? ScrollTotal(string path)
    {
        var start = path.IndexOf("/project/" + ScrollProjectPrefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += "/project/".Length + ScrollProjectPrefix.Length;
        var end = path.IndexOf('/', start);
        return long.TryParse(path.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var total) ? total : null;
    }

    // {"entities":[one accepted Sms per message, echoing clientId/from/to/text],"errors":[]}
    private static void WriteBulkSms(ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartArray("entities");
        var reader = new Utf8JsonReader(body);
        reader.Read(); // [
        var n = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? from = null, to = null, text = null, clientId = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
                switch (name)
                {
                    case "from": from = value; break;
                    case "to": to = value; break;
                    case "text": text = value; break;
                    case "clientId": clientId = value; break;
                }
            }

            writer.WriteStartObject();
            writer.WriteString("id", "sms_" + n++.ToString("x16", CultureInfo.InvariantCulture));
            writer.WriteString("clientId", clientId);
            writer.WriteString("from", from);
            writer.WriteString("to", to);
            writer.WriteString("normalizedTo", to);
            writer.WriteString("text", text);
            writer.WriteString("status", "enqueued");
            writer.WriteString("encoding", "GSM_7BIT");
            writer.WriteNumber("charsCount", text?.Length ?? 0);
            writer.WriteNumber("messagesCount", 1);
            writer.WriteNumber("pricePerSms", 0.045m);
            writer.WriteString("createdAt", "2026-11-23T10:00:00.0000000+00:00");
            writer.WriteString("country", "ES");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("errors");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // The observed 202 shape: every record accepted, with its position and the record echoed.
    private static void WriteIngestAccepted(ReadOnlySpan<byte> body, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        var reader = new Utf8JsonReader(body);
        reader.Read(); // [
        writer.WriteStartObject();
        writer.WriteBoolean("success", true);
        writer.WriteBoolean("dryRun", false);
        writer.WriteStartArray("accepted");
        var n = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var end = (int)reader.BytesConsumed;
            writer.WriteStartObject();
            writer.WriteNumber("position", n++);
            writer.WritePropertyName("item");
            writer.WriteRawValue(body[start..end], skipInputValidation: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("errors");
        writer.WriteEndArray();
        writer.WriteNumber("entitiesSuccess", n);
        writer.WriteNumber("entitiesFailures", 0);
        writer.WriteEndObject();
    }

    // {"entities":[contacts],"metadata":{"cursor":"c<offset>"|null,"limit":n,"totalHits":total}}
    private static void WriteScrollPage(ReadOnlySpan<byte> body, long total, IBufferWriter<byte> output)
    {
        long offset = 0;
        var limit = 100;
        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "cursor" && reader.TokenType == JsonTokenType.String)
            {
                offset = long.Parse(reader.GetString()!.AsSpan(1), CultureInfo.InvariantCulture);
            }
            else if (name == "limit" && reader.TokenType == JsonTokenType.Number)
            {
                limit = reader.GetInt32();
            }

            reader.Skip();
        }

        var end = Math.Min(total, offset + limit);
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartArray("entities");
        for (var i = offset; i < end; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartObject();
            writer.WriteString("id", "aud_" + id);
            writer.WriteStartObject("attributesData");
            writer.WriteString("_user_id", "user-" + id);
            writer.WriteString("_email", "user" + id + "@example.com");
            writer.WriteString("_phone_mobile", "+346" + (i % 100_000_000).ToString("D8", CultureInfo.InvariantCulture));
            writer.WriteString("_first_name", "Ana");
            writer.WriteString("_last_name", "Garcia");
            writer.WriteString("_country_code", "ES");
            writer.WriteBoolean("_is_subscribed_sms", true);
            writer.WriteString("city", "Madrid");
            writer.WriteNumber("orders", i % 17);
            writer.WriteEndObject();
            writer.WriteStartArray("audienceIds");
            writer.WriteStringValue("aud_" + id);
            writer.WriteEndArray();
            writer.WriteStartArray("dsIds");
            writer.WriteNumberValue(7);
            writer.WriteEndArray();
            writer.WriteStartArray("dsContactIds");
            writer.WriteStringValue("user-" + id);
            writer.WriteEndArray();
            writer.WriteString("createdAt", "2025-01-02T03:04:05+00:00");
            writer.WriteString("updatedAt", "2025-06-07T08:09:10+00:00");
            writer.WriteString("indexedAt", "2025-06-07T08:09:11+00:00");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("metadata");
        if (end < total)
        {
            writer.WriteString("cursor", "c" + end.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("cursor");
        }

        writer.WriteNumber("limit", limit);
        writer.WriteNumber("totalHits", total);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
