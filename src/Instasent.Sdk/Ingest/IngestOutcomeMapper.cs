using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// Matches an ingest answer back to the batch's records, for both documented shapes. Observed shape: positions are
/// explicit. Documented shape: items are taken in order when there is one per record, otherwise matched by
/// <c>_user_id</c> / <c>_event_id</c>. A 2xx answer with no per-record detail means the whole batch was accepted
/// (queued); a record the answer does not account for is reported as failed, never dropped.
/// </summary>
internal static class IngestOutcomeMapper
{
    public static IReadOnlyList<BatchItemOutcome<IngestItemResult>> Map(IReadOnlyList<string?> userIds, IReadOnlyList<string?> eventIds, IngestBatchResponse response, bool dryRun)
    {
        var count = userIds.Count;
        var outcomes = new BatchItemOutcome<IngestItemResult>?[count];
        var isDryRun = response.DryRun ?? dryRun;

        BatchItemOutcome<IngestItemResult> Accepted(int i, JsonElement? item) =>
            new() { Index = i, Status = BatchItemStatus.Accepted, Result = new IngestItemResult(i, userIds[i], eventIds[i], item, isDryRun) };

        static BatchItemOutcome<IngestItemResult> Rejected(int i, IReadOnlyList<InstasentFieldError> errors) =>
            new() { Index = i, Status = BatchItemStatus.Rejected, Errors = errors };

        foreach (var accepted in response.Accepted ?? [])
        {
            if (accepted.Position is { } p && p >= 0 && p < count)
            {
                outcomes[p] = Accepted(p, accepted.Item);
            }
        }

        if (response.Errors is { ValueKind: JsonValueKind.Array } errors)
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object
                    && error.TryGetProperty("position", out var position)
                    && position.TryGetInt32(out var p) && p >= 0 && p < count)
                {
                    outcomes[p] = Rejected(p, FieldErrors(error));
                }
            }
        }

        if (response.Entity?.Items is { Count: > 0 } items)
        {
            if (items.Count == count)
            {
                for (var i = 0; i < count; i++)
                {
                    outcomes[i] ??= FromStatus(i, items[i]);
                }
            }
            else
            {
                var byKey = items.GroupBy(s => s.EventId ?? s.UserId ?? string.Empty, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => new Queue<IngestItemStatus>(g), StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var key = eventIds[i] ?? userIds[i] ?? string.Empty;
                    if (outcomes[i] is null && (byKey.TryGetValue(key, out var queue) || (eventIds[i] is not null && byKey.TryGetValue(userIds[i] ?? string.Empty, out queue))) && queue.Count > 0)
                    {
                        outcomes[i] = FromStatus(i, queue.Dequeue());
                    }
                }
            }

            BatchItemOutcome<IngestItemResult> FromStatus(int i, IngestItemStatus status) =>
                status.IsSuccess ? Accepted(i, null) : Rejected(i, StatusErrors(status));
        }

        var detailed = response.HasItemDetails;
        for (var i = 0; i < count; i++)
        {
            outcomes[i] ??= detailed
                ? new BatchItemOutcome<IngestItemResult>
                {
                    Index = i,
                    Status = BatchItemStatus.Failed,
                    Errors = [new InstasentFieldError(string.Empty, "The ingest answer listed other records of the batch but not this one; it is safe to send it again.")],
                }
                : Accepted(i, null);
        }

        return outcomes!;
    }

    private static IReadOnlyList<InstasentFieldError> StatusErrors(IngestItemStatus status)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (status.Errors is { } errors)
        {
            JsonErrorBodyReader.ReadFieldErrors(errors, fields);
        }

        return ToList(fields, "Rejected by the server (status '" + status.Status + "') without details.");
    }

    private static IReadOnlyList<InstasentFieldError> FieldErrors(JsonElement error)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in (ReadOnlySpan<string>)["error", "errors", "message"])
        {
            if (!error.TryGetProperty(name, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Object || value.ValueKind == JsonValueKind.Array)
            {
                JsonErrorBodyReader.ReadFieldErrors(value, fields);
            }
            else if (JsonErrorBodyReader.AsText(value) is { } text)
            {
                fields[string.Empty] = fields.TryGetValue(string.Empty, out var existing) ? [.. existing, text] : [text];
            }
        }

        return ToList(fields, "Rejected by the server without details.");
    }

    private static List<InstasentFieldError> ToList(Dictionary<string, IReadOnlyList<string>> fields, string fallback)
    {
        var list = fields.SelectMany(f => f.Value.Count == 0 ? [new InstasentFieldError(f.Key, "invalid")] : f.Value.Select(m => new InstasentFieldError(f.Key, m))).ToList();
        if (list.Count == 0)
        {
            list.Add(new InstasentFieldError(string.Empty, fallback));
        }

        return list;
    }
}
