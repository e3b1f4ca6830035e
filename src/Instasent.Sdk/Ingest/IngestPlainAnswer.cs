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

            // A member named twice is declined: System.Text.Json keeps the last value, this reader would keep both.
            var seen = KnownMember.None;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = Known(ref reader);
                if (member != KnownMember.None && (seen & member) != 0)
                {
                    return false;
                }

                seen |= member;
                if (member == KnownMember.Accepted)
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
                else if (member == KnownMember.DryRun)
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
                else if (member == KnownMember.Errors)
                {
                    // The observed shape always carries the list, empty when every record was accepted.
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Null && (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.EndArray))
                    {
                        return false;
                    }
                }
                else if (member == KnownMember.Entity)
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        return false;
                    }
                }
                else if (member != KnownMember.None)
                {
                    // Members the model types (success, message, counts): not needed here, but a value the model would
                    // refuse is declined, so the model reports it.
                    reader.Read();
                    if (!Fits(ref reader, member))
                    {
                        return false;
                    }
                }
                else
                {
                    // Project and datasource ids, stats: the model keeps them as extension data, whatever their shape.
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
                            if (!ReadEcho(ref reader, out eventId, out userId))
                            {
                                return false;
                            }

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

    // False when the record names its _event_id or _user_id twice (which copy the model's JSON element reads is its own rule).
    private static bool ReadEcho(ref Utf8JsonReader reader, out string? eventId, out string? userId)
    {
        eventId = null;
        userId = null;
        bool sawEventId = false, sawUserId = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isEventId = reader.ValueTextEquals("_event_id"u8);
            var isUserId = !isEventId && reader.ValueTextEquals("_user_id"u8);
            if ((isEventId && sawEventId) || (isUserId && sawUserId))
            {
                return false;
            }

            sawEventId |= isEventId;
            sawUserId |= isUserId;
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

        return true;
    }

    private static KnownMember Known(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("accepted"u8) ? KnownMember.Accepted
        : reader.ValueTextEquals("errors"u8) ? KnownMember.Errors
        : reader.ValueTextEquals("entity"u8) ? KnownMember.Entity
        : reader.ValueTextEquals("dryRun"u8) ? KnownMember.DryRun
        : reader.ValueTextEquals("success"u8) ? KnownMember.Success
        : reader.ValueTextEquals("message"u8) ? KnownMember.Message
        : reader.ValueTextEquals("entitiesSuccess"u8) ? KnownMember.EntitiesSuccess
        : reader.ValueTextEquals("entitiesFailures"u8) ? KnownMember.EntitiesFailures
        : KnownMember.None;

    // The types IngestBatchResponse gives these members; anything else is for the model to judge.
    private static bool Fits(ref Utf8JsonReader reader, KnownMember member) => reader.TokenType switch
    {
        JsonTokenType.Null => true,
        JsonTokenType.True or JsonTokenType.False => member == KnownMember.Success,
        JsonTokenType.String => member == KnownMember.Message,
        JsonTokenType.Number => member is KnownMember.EntitiesSuccess or KnownMember.EntitiesFailures && reader.TryGetInt32(out _),
        _ => false,
    };

    [Flags]
    private enum KnownMember
    {
        None = 0,
        Accepted = 1,
        Errors = 2,
        Entity = 4,
        DryRun = 8,
        Success = 16,
        Message = 32,
        EntitiesSuccess = 64,
        EntitiesFailures = 128,
    }
}
