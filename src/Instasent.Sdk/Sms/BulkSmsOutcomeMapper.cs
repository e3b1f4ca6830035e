using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Sms;

/// <summary>
/// Reads a <c>/sms/bulk</c> answer into one outcome per message of the batch. Entities and errors are matched to
/// messages by identity through <see cref="BatchMatcher{TPayload}"/>, never by their place in the lists: the
/// <c>clientId</c>, the recipient (digits) and the text each entity or error echoes. The error item shape is
/// undocumented, so an error may also give an explicit position (<c>index</c>, <c>position</c> or <c>item</c>) and
/// may echo <c>clientId</c>/<c>to</c>/<c>text</c> at its root or in an <c>item</c> object.
/// </summary>
internal static class BulkSmsOutcomeMapper
{
    private const int Levels = 3;

    public static IReadOnlyList<BatchItemOutcome<SmsMessage>> Map(IReadOnlyList<SmsRequest> batch, BulkSmsResponse response)
    {
        var matcher = new BatchMatcher<SmsMessage>(batch.Count, Levels, (i, level) => level switch
        {
            0 => batch[i].ClientId,
            1 => IdentityKeys.Phone(batch[i].To),
            _ => batch[i].Text,
        });
        foreach (var entity in response.Entities ?? [])
        {
            // A null entity still says "one more message was accepted"; it just cannot say which.
            matcher.AddAccepted(null, entity is null ? new string?[Levels] : [entity.ClientId, IdentityKeys.Phone(entity.To ?? entity.NormalizedTo), entity.Text], entity);
        }

        foreach (var error in response.Errors ?? [])
        {
            matcher.AddRejected(TryReadPosition(error, out var position) ? position : null, Echo(error), ReadFieldErrors(error));
        }

        return matcher.Resolve<SmsMessage>(static (_, entity) => entity);
    }

    private static string?[] Echo(JsonElement error)
    {
        var echo = new string?[Levels];
        if (error.ValueKind != JsonValueKind.Object)
        {
            return echo;
        }

        var item = error.TryGetProperty("item", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : error;
        echo[0] = Text(item, "clientId");
        echo[1] = IdentityKeys.Phone(Text(item, "to"));
        echo[2] = Text(item, "text");
        return echo;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryReadPosition(JsonElement error, out int position)
    {
        position = -1;
        if (error.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var name in (ReadOnlySpan<string>)["index", "position", "item"])
        {
            if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out position))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<InstasentFieldError> ReadFieldErrors(JsonElement error)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (error.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["errors", "fields"])
            {
                if (error.TryGetProperty(name, out var value))
                {
                    JsonErrorBodyReader.ReadFieldErrors(value, fields);
                }
            }

            if (fields.Count == 0 && error.TryGetProperty("message", out var message) && JsonErrorBodyReader.AsText(message) is { } text)
            {
                fields[string.Empty] = [text];
            }
        }
        else if (JsonErrorBodyReader.AsText(error) is { } text)
        {
            fields[string.Empty] = [text];
        }

        var list = fields.SelectMany(f => f.Value.Count == 0 ? [new InstasentFieldError(f.Key, "invalid")] : f.Value.Select(m => new InstasentFieldError(f.Key, m))).ToList();
        return list.Count > 0 ? list : [new InstasentFieldError(string.Empty, "Rejected by the server without details.")];
    }
}
