using Instasent.Sdk.RateLimiting;
using StackExchange.Redis;

namespace Instasent.Sdk.StackExchangeRedis;

/// <summary>
/// An <see cref="IRateLimitPacingStore"/> on Redis: every instance that sends with a token takes its permits from one
/// budget, so a fleet stays under the token's quota together instead of each instance learning it from its own 429s.
/// </summary>
/// <remarks>
/// <para>The budget of a token is one hash (<c>l</c> limit, <c>r</c> reset in Unix ms, <c>u</c> permits used,
/// <c>f</c> permits in flight, <c>p</c> window pending) under <see cref="RedisRateLimitPacingOptions.KeyPrefix"/> plus a truncated SHA-256 of the
/// token. Acquire and observe are each one Lua script that runs the rules of <see cref="IRateLimitPacingStore"/> exactly
/// as <see cref="InMemoryRateLimitPacingStore"/> does, atomically on the server.</para>
/// <para>Why a script of our own rather than a Redis rate limiter such as RedisRateLimiting: those count permits in
/// windows of a length and a limit fixed in their options and aligned on their own clock. Here the window is the API
/// server's: its length and limit come from <c>X-RateLimit-Limit</c>, it ends at <c>X-RateLimit-Reset</c>, and
/// <c>X-RateLimit-Remaining</c> corrects the count with requests made outside the fleet. None of that fits a limiter
/// configured up front, and the two short scripts add no dependency.</para>
/// <para>Time is this instance's <see cref="TimeProvider"/> (passed to the scripts), because it is compared with the
/// API server's reset times, not with Redis's clock. A budget expires a minute after its window ends.</para>
/// </remarks>
public sealed class RedisRateLimitPacingStore : IRateLimitPacingStore
{
    private static readonly long KeepAfterWindowMs = (long)TimeSpan.FromMinutes(1).TotalMilliseconds;

    // KEYS[1] = budget; ARGV = now (ms), reset margin (ms), pending retry (ms), ttl (ms). Returns the wait in ms; -1 = granted.
    private const string AcquireScript = """
        local h = redis.call('HMGET', KEYS[1], 'l', 'r', 'u', 'p', 'f')
        local now = tonumber(ARGV[1])
        local margin = tonumber(ARGV[2])
        local limit = tonumber(h[1]) or 0
        local reset = tonumber(h[2])
        local used = tonumber(h[3]) or 0
        local pending = h[4] == '1'
        if not reset then
          redis.call('HINCRBY', KEYS[1], 'u', 1)
          redis.call('HINCRBY', KEYS[1], 'f', 1)
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          return -1
        end
        if not pending then
          if now >= reset + margin then
            pending = true
            used = tonumber(h[5]) or 0
            redis.call('HSET', KEYS[1], 'p', '1', 'u', used, 'f', '0')
          elseif now >= reset then
            return reset + margin - now
          end
        end
        if used < limit then
          redis.call('HINCRBY', KEYS[1], 'u', 1)
          redis.call('HINCRBY', KEYS[1], 'f', 1)
          return -1
        end
        if pending then
          return tonumber(ARGV[3])
        end
        return reset + margin - now
        """;

    // KEYS[1] = budget; ARGV = limit, remaining, reset (ms), ttl (ms), or nothing for an attempt without an answer.
    private const string ObserveScript = """
        local h = redis.call('HMGET', KEYS[1], 'r', 'u', 'p', 'f')
        local inflight = tonumber(h[4]) or 0
        if inflight > 0 then
          inflight = inflight - 1
          redis.call('HSET', KEYS[1], 'f', inflight)
        end
        if #ARGV == 0 then
          return 0
        end
        local reset = tonumber(h[1])
        local used = tonumber(h[2]) or 0
        local pending = h[3] == '1'
        local limit = tonumber(ARGV[1])
        local spent = math.max(0, limit - math.max(0, tonumber(ARGV[2])))
        local newReset = tonumber(ARGV[3])
        if (not reset) or newReset > reset then
          if pending or (not reset) then
            used = math.max(used, spent)
          else
            used = spent + inflight
          end
          redis.call('HSET', KEYS[1], 'r', ARGV[3], 'u', used, 'p', '0', 'l', ARGV[1])
        elseif newReset == reset and not pending then
          redis.call('HSET', KEYS[1], 'u', math.max(used, spent), 'l', ARGV[1])
        else
          return 0
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return 1
        """;

    private readonly IConnectionMultiplexer connection;
    private readonly RedisRateLimitPacingOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="connection">The Redis connection (share one per application).</param>
    /// <param name="options">Key prefix and database; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">This instance's clock; the system clock when <see langword="null"/>.</param>
    public RedisRateLimitPacingStore(IConnectionMultiplexer connection, RedisRateLimitPacingOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        this.options = options ?? new RedisRateLimitPacingOptions();
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async ValueTask<RateLimitPacingLease> AcquireAsync(string key, TimeSpan resetMargin, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var wait = (long)(await Database.ScriptEvaluateAsync(
            AcquireScript,
            [Key(key)],
            [now, Milliseconds(resetMargin), Milliseconds(InMemoryRateLimitPacingStore.PendingWindowRetry), KeepAfterWindowMs]).ConfigureAwait(false));
        return wait < 0 ? RateLimitPacingLease.Granted : RateLimitPacingLease.Wait(TimeSpan.FromMilliseconds(wait));
    }

    /// <inheritdoc />
    public async ValueTask ObserveAsync(string key, RateLimitWindow? window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        if (window is not { } answer)
        {
            await Database.ScriptEvaluateAsync(ObserveScript, [Key(key)], []).ConfigureAwait(false);
            return;
        }

        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var reset = answer.ResetAt.ToUnixTimeMilliseconds();
        await Database.ScriptEvaluateAsync(
            ObserveScript,
            [Key(key)],
            [answer.Limit, answer.Remaining, reset, Math.Max(0, reset - now) + KeepAfterWindowMs]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"RedisRateLimitPacingStore {{ KeyPrefix = {options.KeyPrefix} }}";

    private IDatabase Database => connection.GetDatabase(options.Database);

    private RedisKey Key(string key) => options.KeyPrefix + key;

    private static long Milliseconds(TimeSpan value) => Math.Max(0, (long)Math.Ceiling(value.TotalMilliseconds));
}
