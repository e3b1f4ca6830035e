using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.LynSms;

/// <summary>
/// Reads a bulk answer into one outcome per recipient of the batch. The response shape is undocumented, so the mapper
/// reads tolerantly: <c>data</c> may be an array of messages, or an object holding the messages (<c>messages</c>,
/// <c>data</c> or <c>items</c>) and rejected recipients (<c>errors</c>, <c>failed</c> or <c>rejected</c>, each with an
/// <c>index</c>/<c>position</c> and/or the recipient in <c>to</c>/<c>recipient</c>). Messages and errors are matched to
/// recipients by number through <see cref="BatchMatcher{TPayload}"/>, never by their place in the lists.
/// </summary>
internal static class LynSmsBulkOutcomeMapper
{
    public static IReadOnlyList<BatchItemOutcome<LynSmsMessage>> Map(IReadOnlyList<string> batch, JsonElement data)
    {
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

        var matcher = new BatchMatcher<LynSmsMessage>(batch.Count, 1, (i, _) => IdentityKeys.Phone(batch[i]));
        foreach (var message in messages)
        {
            matcher.AddAccepted(null, [IdentityKeys.Phone(message.To)], message);
        }

        foreach (var error in errors)
        {
            matcher.AddRejected(Position(error), [Recipient(error)], FieldErrors(error));
        }

        return matcher.Resolve<LynSmsMessage>(static (_, message) => message);
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

    private static int? Position(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["index", "position"])
            {
                if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var position))
                {
                    return position;
                }
            }
        }

        return null;
    }

    private static string? Recipient(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.Object)
        {
            foreach (var name in (ReadOnlySpan<string>)["to", "recipient"])
            {
                if (error.TryGetProperty(name, out var value) && JsonErrorBodyReader.AsText(value) is { } to)
                {
                    return IdentityKeys.Phone(to);
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<InstasentFieldError> FieldErrors(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return [new InstasentFieldError("to", JsonErrorBodyReader.AsText(error) ?? "Rejected by the server without details.")];
        }

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
