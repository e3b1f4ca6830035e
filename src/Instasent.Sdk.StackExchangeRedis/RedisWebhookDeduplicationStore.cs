using System.Globalization;
using Instasent.Sdk.Webhooks;
using StackExchange.Redis;

namespace Instasent.Sdk.StackExchangeRedis;

/// <summary>
/// An <see cref="IWebhookDeduplicationStore"/> on Redis, shared by every instance that receives webhooks, with the
/// lease semantics of <see cref="InMemoryWebhookDeduplicationStore"/>:
/// <list type="bullet">
/// <item><description>claim: <c>SET key {leaseToken} NX PX {lease}</c>; when the key exists, the done marker means
/// <see cref="WebhookDeduplicationStatus.Completed"/>, anything else is another instance's lease
/// (<see cref="WebhookDeduplicationStatus.InProgress"/>, its <c>PTTL</c> as <see cref="WebhookDeduplicationClaim.RetryAfter"/>).
/// Both steps run in one Lua script, so no other command falls between them;</description></item>
/// <item><description>complete: <c>SET key done PX {retention}</c>, whoever holds the key;</description></item>
/// <item><description>release: delete only if the key still holds the caller's lease token (compare-and-delete in Lua),
/// so a late failing handler never frees a lease taken over by another instance, nor a done marker.</description></item>
/// </list>
/// Expiry runs on the Redis server's clock. Keys are <see cref="RedisWebhookDeduplicationOptions.KeyPrefix"/> plus the
/// delivery's deduplication key, which holds no phone number or message text.
/// </summary>
public sealed class RedisWebhookDeduplicationStore : IWebhookDeduplicationStore
{
    private const string DoneMarker = "done";

    // KEYS[1] = key; ARGV = lease token, lease (ms), done marker. Returns {1} claimed, {2} done, {0, pttl} in progress.
    private const string ClaimScript = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
          return {1, 0}
        end
        if redis.call('GET', KEYS[1]) == ARGV[3] then
          return {2, 0}
        end
        return {0, redis.call('PTTL', KEYS[1])}
        """;

    // KEYS[1] = key; ARGV[1] = lease token.
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    private readonly IConnectionMultiplexer connection;
    private readonly RedisWebhookDeduplicationOptions options;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="connection">The Redis connection (share one per application).</param>
    /// <param name="options">Key prefix and database; defaults when <see langword="null"/>.</param>
    public RedisWebhookDeduplicationStore(IConnectionMultiplexer connection, RedisWebhookDeduplicationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        this.connection = connection;
        this.options = options ?? new RedisWebhookDeduplicationOptions();
    }

    /// <inheritdoc />
    public async ValueTask<WebhookDeduplicationClaim> TryClaimAsync(string key, TimeSpan processingLease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(processingLease, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var leaseToken = Guid.NewGuid().ToString("N");
        var result = (RedisResult[])(await Database.ScriptEvaluateAsync(
            ClaimScript,
            [Key(key)],
            [leaseToken, Milliseconds(processingLease), DoneMarker]).ConfigureAwait(false))!;
        return (int)result[0] switch
        {
            1 => WebhookDeduplicationClaim.Claimed(leaseToken),
            2 => WebhookDeduplicationClaim.Completed,
            // A negative PTTL means the key vanished or has no expiry: the store cannot say how long.
            _ => WebhookDeduplicationClaim.InProgress((long)result[1] is var pttl and >= 0 ? TimeSpan.FromMilliseconds(pttl) : null),
        };
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(string key, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        await Database.StringSetAsync(Key(key), DoneMarker, retention).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask ReleaseAsync(string key, string leaseToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(leaseToken);
        cancellationToken.ThrowIfCancellationRequested();
        await Database.ScriptEvaluateAsync(ReleaseScript, [Key(key)], [leaseToken]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() => $"RedisWebhookDeduplicationStore {{ KeyPrefix = {options.KeyPrefix} }}";

    private IDatabase Database => connection.GetDatabase(options.Database);

    private RedisKey Key(string key) => options.KeyPrefix + key;

    private static string Milliseconds(TimeSpan value) =>
        Math.Max(1, (long)Math.Ceiling(value.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
}
