namespace Instasent.Sdk.Tests.Support;

/// <summary>
/// A host whose wall clock is set forward or back (NTP, a resumed VM, an operator) while its monotonic clock and timers go
/// on undisturbed, as on a real machine: <see cref="GetUtcNow"/> is <see cref="Timers"/>' time plus <see cref="Shift"/>,
/// which may change at any moment and be negative; timestamps and timers are those of <see cref="Timers"/>.
/// <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> alone cannot go back.
/// </summary>
public sealed class ShiftedClock(TestClock timers) : TimeProvider
{
    private long shiftTicks;

    /// <summary>Gets the clock that drives timers and timestamps.</summary>
    public TestClock Timers { get; } = timers;

    /// <summary>Gets or sets how far the wall clock is from <see cref="Timers"/>' time.</summary>
    public TimeSpan Shift
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref shiftTicks));
        set => Interlocked.Exchange(ref shiftTicks, value.Ticks);
    }

    public override long TimestampFrequency => Timers.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Timers.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Timers.GetUtcNow() + Shift;

    public override long GetTimestamp() => Timers.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Timers.CreateTimer(callback, state, dueTime, period);
}
