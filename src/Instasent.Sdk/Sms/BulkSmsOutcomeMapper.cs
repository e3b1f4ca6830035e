using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Sms;

/// <summary>
/// Matches a bulk response back to the batch's items. The error item shape is undocumented, so the mapper accepts an
/// explicit position (<c>index</c>, <c>position</c> or <c>item</c>) when present; accepted entities are then matched to
/// the remaining items in order, checking <c>clientId</c> or the recipient where the entity echoes them. An item that
/// cannot be accounted for is reported as failed with an explanation, never dropped.
/// </summary>
internal static class BulkSmsOutcomeMapper
{
    public static IReadOnlyList<BatchItemOutcome<Sms>> Map(IReadOnlyList<SmsMessage> batch, BulkSmsResponse response)
    {
        var outcomes = new BatchItemOutcome<Sms>?[batch.Count];
        var unplacedErrors = new Queue<IReadOnlyList<InstasentFieldError>>();
        foreach (var error in response.Errors ?? [])
        {
            var fieldErrors = ReadFieldErrors(error);
            if (TryReadPosition(error, out var position) && position >= 0 && position < batch.Count && outcomes[position] is null)
            {
                outcomes[position] = new BatchItemOutcome<Sms> { Index = position, Status = BatchItemStatus.Rejected, Errors = fieldErrors };
            }
            else
            {
                unplacedErrors.Enqueue(fieldErrors);
            }
        }

        var entities = response.Entities ?? [];
        var next = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            if (next < entities.Count && (Matches(entities[next], batch[i]) || unplacedErrors.Count == 0))
            {
                outcomes[i] = new BatchItemOutcome<Sms> { Index = i, Status = BatchItemStatus.Accepted, Result = entities[next++] };
            }
            else if (unplacedErrors.Count > 0)
            {
                outcomes[i] = new BatchItemOutcome<Sms> { Index = i, Status = BatchItemStatus.Rejected, Errors = unplacedErrors.Dequeue() };
            }
            else
            {
                outcomes[i] = new BatchItemOutcome<Sms>
                {
                    Index = i,
                    Status = BatchItemStatus.Failed,
                    Errors = [new InstasentFieldError(string.Empty, "The bulk response listed neither an accepted message nor an error for this item; check the message list before re-sending it.")],
                };
            }
        }

        return outcomes!;
    }

    private static bool Matches(Sms entity, SmsMessage message)
    {
        if (entity.ClientId is { Length: > 0 } clientId && message.ClientId is { Length: > 0 })
        {
            return string.Equals(clientId, message.ClientId, StringComparison.Ordinal);
        }

        var to = entity.To ?? entity.NormalizedTo;
        return to is null || SameDigits(to, message.To);
    }

    // Compares the ASCII digits of both numbers in place: building two digit strings per item cost four allocations
    // per message in every bulk response.
    private static bool SameDigits(string a, string? b)
    {
        b ??= string.Empty;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsAsciiDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsAsciiDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

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
