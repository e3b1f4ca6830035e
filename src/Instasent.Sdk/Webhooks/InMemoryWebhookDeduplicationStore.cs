using System.Collections.Concurrent;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// An <see cref="IWebhookDeduplicationStore"/> in process memory, for a single instance. Leases and done markers expire
/// by the <see cref="TimeProvider"/>'s clock. Memory is bounded: expired entries are swept on writes, and beyond
/// <see cref="Capacity"/> entries the done markers closest to expiry are forgotten first (a forgotten delivery that is
/// retried runs the handler again: at least once, never lost). Processing leases are never evicted; there are at most
/// as many as requests in flight.
/// </summary>
public sealed class InMemoryWebhookDeduplicationStore : IWebhookDeduplicationStore
{
    /// <summary>The default <see cref="Capacity"/>: 100,000 entries (a few tens of MB at most).</summary>
    public const int DefaultCapacity = 100_000;

    private const int SweepEvery = 256;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly object sweeping = new();
    private readonly TimeProvider time;
    private long writes;
    private int count;

    /// <summary>Initializes a new instance with the <see cref="DefaultCapacity"/>.</summary>
    /// <param name="timeProvider">The clock for expiry; the system clock when <see langword="null"/>.</param>
    public InMemoryWebhookDeduplicationStore(TimeProvider? timeProvider = null)
        : this(DefaultCapacity, timeProvider)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="capacity">How many entries to keep at most before forgetting the done markers closest to expiry.</param>
    /// <param name="timeProvider">The clock for expiry; the system clock when <see langword="null"/>.</param>
    public InMemoryWebhookDeduplicationStore(int capacity, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets how many entries are kept at most (processing leases excepted).</summary>
    public int Capacity { get; }

    /// <summary>Gets how many leases and done markers are held (expired ones included until the next sweep).</summary>
    public int Count => Volatile.Read(ref count);

    /// <inheritdoc />
    public ValueTask<WebhookDeduplicationClaim> TryClaimAsync(string key, TimeSpan processingLease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(processingLease, TimeSpan.Zero);
        var now = time.GetUtcNow();
        Maintain(now);
        var lease = new Entry(Guid.NewGuid().ToString("N"), now + processingLease);
        while (true)
        {
            if (entries.TryAdd(key, lease))
            {
                Interlocked.Increment(ref count);
                return ValueTask.FromResult(WebhookDeduplicationClaim.Claimed(lease.LeaseToken!));
            }

            if (!entries.TryGetValue(key, out var existing))
            {
                continue;
            }

            if (existing.Expiry <= now)
            {
                // An expired lease (its process crashed or hung) or done marker: take it over, unless someone else just did.
                if (entries.TryUpdate(key, lease, existing))
                {
                    return ValueTask.FromResult(WebhookDeduplicationClaim.Claimed(lease.LeaseToken!));
                }

                continue;
            }

            return ValueTask.FromResult(existing.LeaseToken is null
                ? WebhookDeduplicationClaim.Completed
                : WebhookDeduplicationClaim.InProgress(existing.Expiry - now));
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var now = time.GetUtcNow();
        Maintain(now);
        var done = new Entry(null, now + retention);
        while (true)
        {
            if (entries.TryGetValue(key, out var existing))
            {
                if (entries.TryUpdate(key, done, existing))
                {
                    return ValueTask.CompletedTask;
                }
            }
            else if (entries.TryAdd(key, done))
            {
                Interlocked.Increment(ref count);
                return ValueTask.CompletedTask;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string key, string leaseToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(leaseToken);
        if (entries.TryGetValue(key, out var existing) && string.Equals(existing.LeaseToken, leaseToken, StringComparison.Ordinal))
        {
            Remove(new KeyValuePair<string, Entry>(key, existing));
        }

        return ValueTask.CompletedTask;
    }

    private void Remove(KeyValuePair<string, Entry> entry)
    {
        // Removes only this exact entry: a lease or marker written in between is kept.
        if (entries.TryRemove(entry))
        {
            Interlocked.Decrement(ref count);
        }
    }

    private void Maintain(DateTimeOffset now)
    {
        var due = Interlocked.Increment(ref writes) % SweepEvery == 0 || Volatile.Read(ref count) >= Capacity;
        if (!due || !Monitor.TryEnter(sweeping))
        {
            return;
        }

        try
        {
            foreach (var entry in entries)
            {
                if (entry.Value.Expiry <= now)
                {
                    Remove(entry);
                }
            }

            if (Volatile.Read(ref count) >= Capacity)
            {
                // Evict a tenth at once, so a full store does not sort on every write.
                var target = Capacity - Math.Max(1, Capacity / 10);
                foreach (var entry in entries.Where(e => e.Value.LeaseToken is null).OrderBy(e => e.Value.Expiry).ToList())
                {
                    if (Volatile.Read(ref count) <= target)
                    {
                        break;
                    }

                    Remove(entry);
                }
            }
        }
        finally
        {
            Monitor.Exit(sweeping);
        }
    }

    /// <summary>A processing lease (with its token) or, when <see cref="LeaseToken"/> is null, a done marker.</summary>
    private sealed record Entry(string? LeaseToken, DateTimeOffset Expiry);
}
