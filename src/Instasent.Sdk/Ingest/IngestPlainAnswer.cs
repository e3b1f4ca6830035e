using System.Text.Json;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// The common ingest answer, read in one pass from the bytes: <c>accepted[]</c> entries (position and the echoed
/// record's <c>_event_id</c>/<c>_user_id</c>, or a bare user id), an empty <c>errors</c> list and <c>dryRun</c>, with
/// counts and ids skipped. Anything else — per-record errors, the documented <c>entity</c> block, or a member of an unexpected type — is
/// declined, and the caller reads the answer through <see cref="IngestBatchResponse"/> instead, so odd answers are
/// judged exactly as strictly as before.
/// </summary>
internal sealed class IngestPlainAnswer
{
    private IngestPlainAnswer()
    {
    }

    public bool? DryRun { get; private set; }

    public List<(int? Position, string? EventId, string? UserId)> Accepted { get; } = [];

    /// <summary>Reads <paramref name="body"/> when it has the plain shape; false when the model must read it.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out IngestPlainAnswer answer)
    {
        answer = new IngestPlainAnswer();
        if (EnvelopeParsing.FirstSignificantByte(body) == 0)
        {
            // An empty body (a bare 202): no per-record detail.
            return true;
        }

        var reader = new Utf8JsonReader(body);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("accepted"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.StartArray || !ReadAccepted(ref reader, answer.Accepted))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("dryRun"u8))
                {
                    reader.Read();
                    answer.DryRun = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.Null => null,
                        _ => throw new JsonException("dryRun is not a boolean."),
                    };
                }
                else if (reader.ValueTextEquals("errors"u8))
                {
                    // The observed shape always carries the list, empty when every record was accepted.
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Null && (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.EndArray))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("entity"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        return false;
                    }
                }
                else
                {
                    // Counts, ids and stats: not needed for the outcomes (the model keeps them for other calls).
                    reader.Read();
                    reader.Skip();
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            // Malformed or unexpected: the model's reading decides (and reports it).
            return false;
        }
    }

    private static bool ReadAccepted(ref Utf8JsonReader reader, List<(int? Position, string? EventId, string? UserId)> accepted)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            int? position = null;
            string? eventId = null;
            string? userId = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("position"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
                    {
                        position = value;
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("item"u8))
                {
                    reader.Read();
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                            ReadEcho(ref reader, out eventId, out userId);
                            break;
                        case JsonTokenType.String:
                            // A delete echoes the bare user id.
                            userId = reader.GetString();
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            accepted.Add((position, eventId, userId));
        }

        return true;
    }

    private static void ReadEcho(ref Utf8JsonReader reader, out string? eventId, out string? userId)
    {
        eventId = null;
        userId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEventId = reader.ValueTextEquals("_event_id"u8);
            var isUserId = !isEventId && reader.ValueTextEquals("_user_id"u8);
            reader.Read();
            if (reader.TokenType == JsonTokenType.String && (isEventId || isUserId))
            {
                if (isEventId)
                {
                    eventId = reader.GetString();
                }
                else
                {
                    userId = reader.GetString();
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }
}
