using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// Matches a bulk response to the batch's recipients. The response shape is undocumented, so the mapper reads
/// tolerantly: <c>data</c> may be an array of messages, or an object holding the messages (<c>messages</c>, <c>data</c>
/// or <c>items</c>) and rejected recipients (<c>errors</c>, <c>failed</c> or <c>rejected</c>, each with an
/// <c>index</c>/<c>position</c> or the recipient in <c>to</c>/<c>recipient</c>). Messages are matched to recipients by
/// number (in order for duplicates). A recipient nothing accounts for is reported as failed, never dropped.
/// </summary>
internal static class LynSmsBulkOutcomeMapper
{
    public static IReadOnlyList<BatchItemOutcome<LynSmsMessage>> Map(IReadOnlyList<string> batch, JsonElement data)
    {
        var outcomes = new BatchItemOutcome<LynSmsMessage>?[batch.Count];
        var messages = new List<LynSmsMessage>();
        var errors = new List<JsonElement>();
        if (data.ValueKind == JsonValueKind.Array)
        {
            ReadMessages(data, messages);
        }
        else if (data.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["messages", "data", "items"])
            {
                if (data.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    ReadMessages(list, messages);
                    break;
                }
            }

            foreach (var name in (ReadOnlySpan<string>)["errors", "failed", "rejected"])
            {
                if (data.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    errors.AddRange(list.EnumerateArray());
                }
            }

            if (messages.Count == 0 && errors.Count == 0 && data.TryGetProperty("id", out _))
            {
                // A single message object: a one-recipient batch answered like a single send.
                messages.Add(data.Deserialize(LynSmsJsonContext.Default.LynSmsMessage)!);
            }
        }

        foreach (var error in errors)
        {
            var position = Position(error, batch, outcomes);
            if (position >= 0)
            {
                outcomes[position] = new BatchItemOutcome<LynSmsMessage> { Index = position, Status = BatchItemStatus.Rejected, Errors = FieldErrors(error) };
            }
        }

        var unmatched = new List<LynSmsMessage>();
        foreach (var message in messages)
        {
            var position = message.To is { } to ? FirstOpen(batch, outcomes, to) : -1;
            if (position >= 0)
            {
                outcomes[position] = new BatchItemOutcome<LynSmsMessage> { Index = position, Status = BatchItemStatus.Accepted, Result = message };
            }
            else
            {
                unmatched.Add(message);
            }
        }

        var next = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is not null)
            {
                continue;
            }

            // Messages that echo no recipient are given to the remaining recipients in order.
            outcomes[i] = next < unmatched.Count && unmatched[next].To is null
                ? new BatchItemOutcome<LynSmsMessage> { Index = i, Status = BatchItemStatus.Accepted, Result = unmatched[next++] }
                : new BatchItemOutcome<LynSmsMessage>
                {
                    Index = i,
                    Status = BatchItemStatus.Failed,
                    Errors = [new InstasentFieldError("to", "The bulk response listed neither a message nor an error for this recipient; check the message list before sending to it again.")],
                };
        }

        return outcomes!;
    }

    private static void ReadMessages(JsonElement list, List<LynSmsMessage> into)
    {
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                into.Add(item.Deserialize(LynSmsJsonContext.Default.LynSmsMessage)!);
            }
        }
    }

    private static int Position(JsonElement error, IReadOnlyList<string> batch, BatchItemOutcome<LynSmsMessage>?[] outcomes)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return -1;
        }

        foreach (var name in (ReadOnlySpan<string>)["index", "position"])
        {
            if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var position)
                && position >= 0 && position < batch.Count && outcomes[position] is null)
            {
                return position;
            }
        }

        foreach (var name in (ReadOnlySpan<string>)["to", "recipient"])
        {
            if (error.TryGetProperty(name, out var value) && JsonErrorBodyReader.AsText(value) is { } to)
            {
                return FirstOpen(batch, outcomes, to);
            }
        }

        return -1;
    }

    private static int FirstOpen(IReadOnlyList<string> batch, BatchItemOutcome<LynSmsMessage>?[] outcomes, string to)
    {
        var digits = Digits(to);
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] is null && string.Equals(Digits(batch[i]), digits, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    private static IReadOnlyList<InstasentFieldError> FieldErrors(JsonElement error)
    {
        var code = error.TryGetProperty("code", out var c) ? JsonErrorBodyReader.AsText(c) : null;
        var message = error.TryGetProperty("message", out var m) ? JsonErrorBodyReader.AsText(m) : null;
        if (error.TryGetProperty("error", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            code ??= inner.TryGetProperty("code", out var ic) ? JsonErrorBodyReader.AsText(ic) : null;
            message ??= inner.TryGetProperty("message", out var im) ? JsonErrorBodyReader.AsText(im) : null;
        }

        var text = (code, message) switch
        {
            (null, null) => "Rejected by the server without details.",
            (null, _) => message!,
            (_, null) => code,
            _ => code + ": " + message,
        };
        return [new InstasentFieldError("to", text)];
    }
}
