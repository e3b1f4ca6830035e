using Microsoft.Extensions.Time.Testing;

namespace Instasent.Sdk.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which timers are pending and how many HTTP attempts are in flight, so a
/// test can jump straight to the next retry wait once the SDK is idle, instead of stepping the clock blindly (which
/// races with real I/O on a loaded machine).
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    private readonly object gate = new();
    private readonly HashSet<TrackedTimer> timers = [];
    private int inFlight;

    public TestClock()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public TestClock(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Gets how many HTTP attempts are in flight (counted by a handler <see cref="TestClients"/> adds).</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Gets or sets how many in-flight requests the server is deliberately holding (hung faults).</summary>
    public Func<long> HungRequests { get; set; } = static () => 0;

    /// <summary>Gets when the earliest pending timer is due.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (gate)
            {
                return timers.Count == 0 ? null : timers.Min(t => t.DueAt);
            }
        }
    }

    /// <summary>
    /// Gets when the earliest pending timer that is not a timeout is due (a retry wait). Timeout timers are recognised by
    /// their length, registered with <see cref="RegisterTimeouts"/>: jumping to one while the SDK is merely slow (a loaded
    /// machine) would fire a timeout no real run would see.
    /// </summary>
    public DateTimeOffset? NextNonTimeoutDue
    {
        get
        {
            lock (gate)
            {
                var candidates = timers.Where(t => !timeoutLengths.Contains(t.Length)).ToList();
                return candidates.Count == 0 ? null : candidates.Min(t => t.DueAt);
            }
        }
    }

    private readonly HashSet<TimeSpan> timeoutLengths = [];

    /// <summary>Registers timer lengths that are timeouts (attempt and total), not retry waits.</summary>
    public void RegisterTimeouts(params TimeSpan[] lengths)
    {
        lock (gate)
        {
            timeoutLengths.UnionWith(lengths);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this, period);
        tracked.Inner = base.CreateTimer(
            s =>
            {
                tracked.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);
        tracked.Schedule(dueTime, period);
        return tracked;
    }

    internal void Enter() => Interlocked.Increment(ref inFlight);

    internal void Exit() => Interlocked.Decrement(ref inFlight);

    private void Track(TrackedTimer timer, bool active)
    {
        lock (gate)
        {
            if (active)
            {
                timers.Add(timer);
            }
            else
            {
                timers.Remove(timer);
            }
        }
    }

    private sealed class TrackedTimer(TestClock clock, TimeSpan period) : ITimer
    {
        private TimeSpan period = period;

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset? DueAt { get; private set; }

        public TimeSpan Length { get; private set; }

        public void Schedule(TimeSpan dueTime, TimeSpan newPeriod)
        {
            period = newPeriod;
            Length = dueTime;
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime;
            clock.Track(this, DueAt is not null);
        }

        public void Fired()
        {
            DueAt = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : clock.GetUtcNow() + period;
            clock.Track(this, DueAt is not null);
        }

        public bool Change(TimeSpan dueTime, TimeSpan newPeriod)
        {
            var changed = Inner.Change(dueTime, newPeriod);
            Schedule(dueTime, newPeriod);
            return changed;
        }

        public void Dispose()
        {
            clock.Track(this, false);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            clock.Track(this, false);
            return Inner.DisposeAsync();
        }
    }
}
