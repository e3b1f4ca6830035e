using System.Collections.Concurrent;

namespace Instasent.Sdk.Testing;

/// <summary>
/// How often each behaviour of <see cref="FakeServerVariance"/> actually happened, so a run can report that the leeway
/// it claims to test was exercised (a switch that is on but never fires tests nothing).
/// </summary>
internal sealed class FakeVarianceEvents
{
    public const string PageCapped = "page size capped";
    public const string PageParameterIgnored = "page parameter ignored";
    public const string CursorCycled = "cursor handed out again";
    public const string BulkAnswerReordered = "bulk answer reordered";
    public const string BulkErrorUnpositioned = "bulk error without position";
    public const string RetryAfterOnError = "Retry-After on a 5xx/408";
    public const string DuplicateDeliveriesConcurrent = "webhook copies delivered concurrently";
    public const string KeyedSendHeldInFlight = "keyed send held in flight";

    private readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public void Count(string kind) => counts.AddOrUpdate(kind, 1, static (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(counts, StringComparer.Ordinal);
}
