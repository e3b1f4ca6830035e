using System.Collections.Concurrent;

namespace Instasent.Sdk.Testing;

/// <summary>A store's records in arrival order, trimmed oldest first to <see cref="FakeServerRetention.MaxRecordsPerStore"/>.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RetainedQueue<T>
{
    private readonly ConcurrentQueue<T> items = new();
    private readonly FakeServerRetention retention;
    private readonly Action<T>? forget;
    private int count;

    /// <param name="retention">The limit, read on every add so it may be set after the server started.</param>
    /// <param name="forget">Drops an evicted record from the store's indexes.</param>
    public RetainedQueue(FakeServerRetention retention, Action<T>? forget = null)
    {
        this.retention = retention;
        this.forget = forget;
    }

    public void Add(T item)
    {
        items.Enqueue(item);
        var limit = retention.MaxRecordsPerStore;
        if (Interlocked.Increment(ref count) > limit && limit > 0 && items.TryDequeue(out var oldest))
        {
            Interlocked.Decrement(ref count);
            forget?.Invoke(oldest);
        }
    }

    public T[] ToArray() => items.ToArray();

    public T? LastOrDefault(Func<T, bool> predicate) => items.LastOrDefault(predicate);
}
