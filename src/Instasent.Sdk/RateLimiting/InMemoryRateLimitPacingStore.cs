using System.Collections.Concurrent;

namespace Instasent.Sdk.RateLimiting;

/// <summary>
/// The default <see cref="IRateLimitPacingStore"/>: one budget per token in process memory, shared by every client of
/// the same container (or of the same store instance). The rules are those described on
/// <see cref="IRateLimitPacingStore"/>; the Redis store runs the very same rules in one Lua script. Memory grows with
/// the number of distinct tokens only.
/// </summary>
public sealed class InMemoryRateLimitPacingStore : IRateLimitPacingStore
{
    /// <summary>
    /// How long to wait when the whole limit of a window that just began is in flight and no answer has said yet when
    /// that window ends: the first answer settles it, so this is a short poll, not a window.
    /// </summary>
    public static readonly TimeSpan PendingWindowRetry = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Budget> budgets = new(StringComparer.Ordinal);
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="timeProvider">The clock compared with the servers' reset times; the system clock when <see langword="null"/>.</param>
    public InMemoryRateLimitPacingStore(TimeProvider? timeProvider = null)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<RateLimitPacingLease> AcquireAsync(string key, TimeSpan resetMargin, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var budget = budgets.GetOrAdd(key, static _ => new Budget());
        return new ValueTask<RateLimitPacingLease>(budget.Acquire(timeProvider.GetUtcNow(), resetMargin));
    }

    /// <inheritdoc />
    public ValueTask ObserveAsync(string key, RateLimitWindow? window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        budgets.GetOrAdd(key, static _ => new Budget()).Observe(window, timeProvider.GetUtcNow());
        return default;
    }

    /// <summary>The budget of one token (the same fields and steps as the Redis store's hash and script).</summary>
    private sealed class Budget
    {
        private readonly object gate = new();
        private long limit;
        private DateTimeOffset? resetAt;
        private long used;

        // Granted and not yet answered. Cleared at each roll-over, so a count lost with a crashed caller lasts one window.
        private long inFlight;

        // The window that ended at resetAt is over and the next one's end is not known yet.
        private bool pending;

        // The latest reading of the clock, to notice it being set back.
        private DateTimeOffset? lastNow;

        public RateLimitPacingLease Acquire(DateTimeOffset now, TimeSpan margin)
        {
            lock (gate)
            {
                FollowClock(now);
                if (resetAt is not { } reset)
                {
                    used++;
                    inFlight++;
                    return RateLimitPacingLease.Granted;
                }

                if (!pending)
                {
                    if (now >= reset + margin)
                    {
                        pending = true;
                        used = inFlight;
                        inFlight = 0;
                    }
                    else if (now >= reset)
                    {
                        return RateLimitPacingLease.Wait(reset + margin - now);
                    }
                }

                if (used < limit)
                {
                    used++;
                    inFlight++;
                    return RateLimitPacingLease.Granted;
                }

                return RateLimitPacingLease.Wait(pending ? PendingWindowRetry : reset + margin - now);
            }
        }

        public void Observe(RateLimitWindow? answer, DateTimeOffset now)
        {
            lock (gate)
            {
                FollowClock(now);
                inFlight = Math.Max(0, inFlight - 1);
                if (answer is not { } window)
                {
                    return;
                }

                var spent = Math.Max(0, window.Limit - Math.Max(0, window.Remaining));
                if (resetAt is null || window.ResetAt > resetAt)
                {
                    // The first news of a window. After a roll-over (or before anything was known) every permit granted
                    // since is counted already. A window the server began before this store rolled over holds what the
                    // server counted plus the permits still on their way (granted before the old reset time, they may
                    // land in it too).
                    used = pending || resetAt is null ? Math.Max(used, spent) : spent + inFlight;
                    resetAt = window.ResetAt;
                    pending = false;
                }
                else if (window.ResetAt == resetAt && !pending)
                {
                    used = Math.Max(used, spent);
                }
                else
                {
                    // An answer from a window that already ended.
                    return;
                }

                limit = window.Limit;
            }
        }

        /// <summary>
        /// A reading earlier than the last one means the clock was set back (NTP, an operator, a resumed VM): the known
        /// window's end moves back with it, or a spent budget would wait for that window as long as the clock was moved.
        /// Answers read after the change are placed on the new clock already (<see cref="RateLimitWindow.ResetAt"/>).
        /// </summary>
        private void FollowClock(DateTimeOffset now)
        {
            if (lastNow is { } last && now < last && resetAt is { } known)
            {
                resetAt = known - (last - now);
            }

            lastNow = now;
        }
    }
}
