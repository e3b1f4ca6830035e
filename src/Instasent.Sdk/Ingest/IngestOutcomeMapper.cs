using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Ingest;

/// <summary>
/// Reads an ingest answer into one outcome per record of the batch, for both documented shapes. A 2xx answer with no
/// per-record detail means the whole batch was accepted (queued). Otherwise every per-record entry (observed shape:
/// <c>accepted[]</c>/<c>errors[]</c> with a <c>position</c> and the echoed <c>item</c>; documented shape:
/// <c>entity.items[]</c> with <c>_user_id</c>/<c>_event_id</c>) is matched to its record through
/// <see cref="BatchMatcher{TPayload}"/>: by an explicit position that its echo does not contradict, else by
/// <c>_event_id</c> and <c>_user_id</c>, never by its place in the list. A record the answer does not account for is
/// <see cref="BatchItemStatus.Unknown"/> (ingest writes are idempotent, so it may be sent again).
/// </summary>
internal static class IngestOutcomeMapper
{
    /// <summary>
    /// Maps an answer to one outcome per record. The plain observed shape (<c>accepted[]</c> with positions and echoed
    /// records, no errors) is read in one pass straight from the bytes: it is the answer to almost every batch, and
    /// deserialising each echoed record into its own JSON document cost more than everything else the SDK does per
    /// record. Any other shape goes through <see cref="IngestBatchResponse"/>, as strictly as before.
    /// </summary>
    /// <returns>The outcomes, or <see langword="null"/> when the answer says nothing about individual records (a refused 422 is then an error, not a batch answer).</returns>
    public static IReadOnlyList<BatchItemOutcome<IngestItemResult>>? Map(IReadOnlyList<string?> userIds, IReadOnlyList<string?>? eventIds, ReadOnlyMemory<byte> body, bool dryRun, bool requireItemDetails)
    {
        if (IngestPlainAnswer.TryRead(body.Span, out var plain))
        {
            if (plain.Accepted.Count == 0)
            {
                return requireItemDetails ? null : AllAccepted(userIds, eventIds, plain.DryRun ?? dryRun);
            }

            var matcher = Matcher(userIds, eventIds);
            foreach (var (position, eventId, userId) in plain.Accepted)
            {
                matcher.AddAccepted(position, [eventId, userId], null);
            }

            return Resolve(matcher, userIds, eventIds, plain.DryRun ?? dryRun);
        }

        var response = InstasentOperationExecutor.Deserialize(body, IngestJsonContext.Default.IngestBatchResponse);
        if (!response.HasItemDetails)
        {
            return requireItemDetails ? null : AllAccepted(userIds, eventIds, response.DryRun ?? dryRun);
        }

        return Map(userIds, eventIds, response, dryRun);
    }

    /// <summary>Maps an answer already read into the model (every shape).</summary>
    public static IReadOnlyList<BatchItemOutcome<IngestItemResult>> Map(IReadOnlyList<string?> userIds, IReadOnlyList<string?>? eventIds, IngestBatchResponse response, bool dryRun)
    {
        var isDryRun = response.DryRun ?? dryRun;
        if (!response.HasItemDetails)
        {
            return AllAccepted(userIds, eventIds, isDryRun);
        }

        var matcher = Matcher(userIds, eventIds);
        foreach (var accepted in response.Accepted ?? [])
        {
            matcher.AddAccepted(accepted?.Position, Echo(accepted?.Item), null);
        }

        if (response.Errors is { ValueKind: JsonValueKind.Array } errors)
        {
            foreach (var error in errors.EnumerateArray())
            {
                var isObject = error.ValueKind == JsonValueKind.Object;
                int? position = isObject && error.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var value) ? value : null;
                matcher.AddRejected(position, Echo(isObject && error.TryGetProperty("item", out var item) ? item : null), FieldErrors(error));
            }
        }

        foreach (var status in response.Entity?.Items ?? [])
        {
            if (status is null)
            {
                continue;
            }

            string?[] echo = [status.EventId, status.UserId];
            if (status.IsSuccess)
            {
                matcher.AddAccepted(null, echo, null);
            }
            else
            {
                matcher.AddRejected(null, echo, StatusErrors(status));
            }
        }

        return Resolve(matcher, userIds, eventIds, isDryRun);
    }

    // Identity levels, most specific first: _event_id (events only), _user_id.
    private static BatchMatcher<object> Matcher(IReadOnlyList<string?> userIds, IReadOnlyList<string?>? eventIds) =>
        new(userIds.Count, 2, (i, level) => level == 0 ? eventIds?[i] : userIds[i]);

    private static BatchItemOutcome<IngestItemResult>[] Resolve(BatchMatcher<object> matcher, IReadOnlyList<string?> userIds, IReadOnlyList<string?>? eventIds, bool dryRun) =>
        matcher.Resolve<IngestItemResult>((i, _) => Result(i, userIds, eventIds, dryRun));

    private static IngestItemResult Result(int i, IReadOnlyList<string?> userIds, IReadOnlyList<string?>? eventIds, bool dryRun) =>
        new() { Position = i, UserId = userIds[i], EventId = eventIds?[i], DryRun = dryRun };

    // A 2xx answer with no per-record detail accepted the whole batch (queued).
    private static BatchItemOutcome<IngestItemResult>[] AllAccepted(IReadOnlyList<string?> userIds, IReadOnlyList<string?>? eventIds, bool dryRun)
    {
        var all = new BatchItemOutcome<IngestItemResult>[userIds.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new() { Index = i, Status = BatchItemStatus.Accepted, Result = Result(i, userIds, eventIds, dryRun) };
        }

        return all;
    }

    private static string?[] Echo(JsonElement? item) => item switch
    {
        { ValueKind: JsonValueKind.Object } record => [Text(record, "_event_id"), Text(record, "_user_id")],
        // A delete echoes the bare user id.
        { ValueKind: JsonValueKind.String } userId => [null, userId.GetString()],
        _ => [null, null],
    };

    private static string? Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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
        if (error.ValueKind != JsonValueKind.Object)
        {
            return ToList(fields, JsonErrorBodyReader.AsText(error) ?? "Rejected by the server without details.");
        }

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
