namespace Instasent.Sdk.StackExchangeRedis;

/// <summary>Settings of a <see cref="RedisRateLimitPacingStore"/>.</summary>
public sealed class RedisRateLimitPacingOptions
{
    /// <summary>
    /// Gets or sets the prefix of every key the store writes; the rest of the key is a truncated SHA-256 of the token,
    /// never the token. Every instance that sends with the same token must use the same prefix. Default <c>instasent:pacing:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "instasent:pacing:";

    /// <summary>Gets or sets the Redis database number; -1 (the default) is the connection's default database.</summary>
    public int Database { get; set; } = -1;

    /// <inheritdoc />
    public override string ToString() => $"RedisRateLimitPacingOptions {{ KeyPrefix = {KeyPrefix}, Database = {Database} }}";
}
