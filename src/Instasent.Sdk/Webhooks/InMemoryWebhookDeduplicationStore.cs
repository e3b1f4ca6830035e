using System.Collections.Concurrent;

namespace Instasent.Sdk.Webhooks;

/// <summary>
/// An <see cref="IWebhookDeduplicationStore"/> in process memory, for a single instance. Keys expire by the
/// <see cref="TimeProvider"/>'s clock; expired keys are swept on writes, so memory stays bounded by the traffic of one
/// retention period.
/// </summary>
public sealed class InMemoryWebhookDeduplicationStore : IWebhookDeduplicationStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private long writes;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="timeProvider">The clock for expiry; the system clock when <see langword="null"/>.</param>
    public InMemoryWebhookDeduplicationStore(TimeProvider? timeProvider = null) => time = timeProvider ?? TimeProvider.System;

    /// <summary>Gets how many keys are remembered (expired ones included until the next sweep).</summary>
    public int Count => expiries.Count;

    /// <inheritdoc />
    public ValueTask<bool> TryAddAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref writes) % 256 == 0)
        {
            Sweep(now);
        }

        var expiry = now + retention;
        while (true)
        {
            if (expiries.TryAdd(key, expiry))
            {
                return ValueTask.FromResult(true);
            }

            if (expiries.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return ValueTask.FromResult(false);
                }

                // Expired: replace it only if nobody else did in between.
                if (expiries.TryUpdate(key, expiry, existing))
                {
                    return ValueTask.FromResult(true);
                }
            }
        }
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        expiries.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in expiries)
        {
            if (entry.Value <= now)
            {
                expiries.TryRemove(entry);
            }
        }
    }
}
