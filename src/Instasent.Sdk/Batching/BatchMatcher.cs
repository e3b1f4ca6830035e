using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Batching;

/// <summary>
/// The one place where what a bulk answer says is matched back to the items of the batch, for every family. Servers
/// may list their answers in another order than the items were sent, leave positions out of errors, and receive the
/// same item twice, so answers are matched by identity, never by their place in a list:
/// <list type="bullet">
/// <item>Each item has a few identity keys ("levels"), most specific first: Instasent SMS <c>clientId</c>, recipient
/// digits, text; Ingest <c>_event_id</c>, <c>_user_id</c>; LynSMS recipient digits. Each answer echoes the keys it
/// carries. An answer fits an item when every key it echoes equals the item's key at that level.</item>
/// <item>An explicit position is used when it is in range, still open, and the answer's echo does not disagree.</item>
/// <item>Otherwise the answer goes to the one open item it fits. When it fits several open items that are identical in
/// every key (duplicates in the input), it goes to the first and all of them are marked ambiguous. When it fits items
/// that differ, it is too vague to place.</item>
/// <item>Answers left over are placed by elimination only when nothing else is possible: as many answers as open items,
/// all of the same kind (all accepted or all rejected) and each fitting every open item. The status is then certain;
/// when more than one item is involved the pairing is not, so they are marked ambiguous.</item>
/// <item>Every other open item is <see cref="BatchItemStatus.Unknown"/>: never a guess. An item that a left-over answer
/// names with the opposite verdict is <see cref="BatchItemStatus.Unknown"/> too.</item>
/// </list>
/// </summary>
/// <typeparam name="TPayload">What an accepted answer carries (the entity, or the echoed record).</typeparam>
internal sealed class BatchMatcher<TPayload>
{
    private readonly int count;
    private readonly int levels;
    private readonly string?[] keys;
    private readonly List<Answer> answers = [];
    private Dictionary<string, List<int>>[]? index;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="count">How many items the batch has.</param>
    /// <param name="levels">How many identity keys each item has.</param>
    /// <param name="itemKey">The key of an item at a level (<see langword="null"/> when the item has none there).</param>
    public BatchMatcher(int count, int levels, Func<int, int, string?> itemKey)
    {
        this.count = count;
        this.levels = levels;
        keys = new string?[count * levels];
        for (var i = 0; i < count; i++)
        {
            for (var level = 0; level < levels; level++)
            {
                keys[(i * levels) + level] = Normalize(itemKey(i, level));
            }
        }
    }

    /// <summary>Records an answer that accepted an item.</summary>
    /// <param name="position">The item's position in the batch, when the answer states it.</param>
    /// <param name="echo">The identity keys the answer echoes, one per level (<see langword="null"/> where it echoes none); the matcher keeps the array.</param>
    /// <param name="payload">What the answer carries for the item.</param>
    public void AddAccepted(int? position, string?[] echo, TPayload? payload) => answers.Add(new Answer(true, position, Clean(echo), payload, []));

    /// <summary>Records an answer that rejected an item.</summary>
    /// <param name="position">The item's position in the batch, when the answer states it.</param>
    /// <param name="echo">The identity keys the answer echoes, one per level; the matcher keeps the array.</param>
    /// <param name="errors">Why the item was rejected.</param>
    public void AddRejected(int? position, string?[] echo, IReadOnlyList<InstasentFieldError> errors) => answers.Add(new Answer(false, position, Clean(echo), default, errors));

    /// <summary>Matches the recorded answers to the items; one outcome per item, by its position in the batch.</summary>
    /// <typeparam name="TResult">The outcome's result type.</typeparam>
    /// <param name="result">Builds an accepted item's result from its position and the answer's payload.</param>
    /// <returns>One outcome per item.</returns>
    public BatchItemOutcome<TResult>[] Resolve<TResult>(Func<int, TPayload?, TResult?> result)
    {
        var assigned = new Answer?[count];
        var ambiguous = new bool[count];
        var contradicted = new bool[count];
        var pending = new List<Answer>();
        foreach (var answer in answers)
        {
            if (answer.Position is int p && p >= 0 && p < count && assigned[p] is null && Fits(p, answer.Echo, allowNoKeys: true))
            {
                assigned[p] = answer;
            }
            else
            {
                pending.Add(answer);
            }
        }

        // Answers that echo more keys are placed first: they are the least likely to fit more than one item.
        var unplaced = new List<Answer>();
        foreach (var answer in pending.OrderByDescending(a => a.KeyCount))
        {
            if (answer.KeyCount == 0)
            {
                unplaced.Add(answer);
                continue;
            }

            var open = Candidates(answer.Echo).Where(i => assigned[i] is null).ToList();
            if (open.Count == 1)
            {
                assigned[open[0]] = answer;
            }
            else if (open.Count > 1 && open.All(i => Identical(i, open[0])))
            {
                assigned[open[0]] = answer;
                open.ForEach(i => ambiguous[i] = true);
            }
            else
            {
                unplaced.Add(answer);
            }
        }

        var openItems = Enumerable.Range(0, count).Where(i => assigned[i] is null).ToList();
        if (unplaced.Count > 0
            && unplaced.Count == openItems.Count
            && unplaced.All(a => a.Accepted == unplaced[0].Accepted)
            && unplaced.All(a => a.KeyCount == 0 || openItems.All(i => Fits(i, a.Echo, allowNoKeys: false))))
        {
            for (var k = 0; k < openItems.Count; k++)
            {
                assigned[openItems[k]] = unplaced[k];
                ambiguous[openItems[k]] = openItems.Count > 1;
            }

            unplaced.Clear();
        }

        foreach (var answer in unplaced.Where(a => a.KeyCount > 0))
        {
            foreach (var i in Candidates(answer.Echo))
            {
                if (assigned[i] is { } other)
                {
                    // A second verdict for an item already answered: opposite verdicts leave it unknown.
                    contradicted[i] |= other.Accepted != answer.Accepted;
                    ambiguous[i] = true;
                }
            }
        }

        var outcomes = new BatchItemOutcome<TResult>[count];
        for (var i = 0; i < count; i++)
        {
            outcomes[i] = contradicted[i]
                ? Unknown<TResult>(i, "The server's answer both accepted and rejected this item; look it up before sending it again.")
                : assigned[i] switch
                {
                    { Accepted: true } a => new BatchItemOutcome<TResult> { Index = i, Status = BatchItemStatus.Accepted, Result = result(i, a.Payload), IsAmbiguous = ambiguous[i] },
                    { } a => new BatchItemOutcome<TResult> { Index = i, Status = BatchItemStatus.Rejected, Errors = a.Errors, IsAmbiguous = ambiguous[i] },
                    null when unplaced.Count > 0 => Unknown<TResult>(i, $"The server's answer has {unplaced.Count} entr{(unplaced.Count == 1 ? "y" : "ies")} that could not be matched to one item by identity, and this item may be one of them; look it up before sending it again."),
                    null => Unknown<TResult>(i, "The server's answer did not mention this item; look it up before sending it again."),
                };
        }

        return outcomes;
    }

    private static BatchItemOutcome<TResult> Unknown<TResult>(int i, string why) =>
        new() { Index = i, Status = BatchItemStatus.Unknown, Errors = [new InstasentFieldError(string.Empty, why)] };

    private static string? Normalize(string? key) => string.IsNullOrEmpty(key) ? null : key;

    // The echo arrays are the callers' own fresh arrays, so one of the right length is normalised in place rather than
    // copied: a bulk answer has one per item.
    private string?[] Clean(string?[] echo)
    {
        var clean = echo.Length == levels ? echo : new string?[levels];
        for (var level = 0; level < levels; level++)
        {
            clean[level] = level < echo.Length ? Normalize(echo[level]) : null;
        }

        return clean;
    }

    private string? Key(int item, int level) => keys[(item * levels) + level];

    private bool Fits(int item, string?[] echo, bool allowNoKeys)
    {
        var any = false;
        for (var level = 0; level < levels; level++)
        {
            if (echo[level] is { } key)
            {
                if (!string.Equals(Key(item, level), key, StringComparison.Ordinal))
                {
                    return false;
                }

                any = true;
            }
        }

        return any || allowNoKeys;
    }

    private bool Identical(int a, int b)
    {
        for (var level = 0; level < levels; level++)
        {
            if (!string.Equals(Key(a, level), Key(b, level), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every item (open or not) the echo fits, found through the index of its most specific echoed level.</summary>
    private IEnumerable<int> Candidates(string?[] echo)
    {
        var level = Array.FindIndex(echo, k => k is not null);
        if (level < 0)
        {
            return [];
        }

        index ??= BuildIndex();
        return index[level].TryGetValue(echo[level]!, out var items) ? items.Where(i => Fits(i, echo, allowNoKeys: false)) : [];
    }

    private Dictionary<string, List<int>>[] BuildIndex()
    {
        var built = new Dictionary<string, List<int>>[levels];
        for (var level = 0; level < levels; level++)
        {
            built[level] = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (Key(i, level) is { } key)
                {
                    if (!built[level].TryGetValue(key, out var list))
                    {
                        built[level][key] = list = [];
                    }

                    list.Add(i);
                }
            }
        }

        return built;
    }

    private sealed record Answer(bool Accepted, int? Position, string?[] Echo, TPayload? Payload, IReadOnlyList<InstasentFieldError> Errors)
    {
        public int KeyCount { get; } = CountKeys(Echo);

        private static int CountKeys(string?[] echo)
        {
            var count = 0;
            foreach (var key in echo)
            {
                count += key is null ? 0 : 1;
            }

            return count;
        }
    }
}
