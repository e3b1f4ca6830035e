namespace Instasent.Sdk.StackExchangeRedis;

/// <summary>Settings of a <see cref="RedisWebhookDeduplicationStore"/>.</summary>
public sealed class RedisWebhookDeduplicationOptions
{
    /// <summary>Gets or sets the prefix of every key the store writes (keep it per application when receivers share a Redis). Default <c>instasent:webhook:</c>.</summary>
    public string KeyPrefix { get; set; } = "instasent:webhook:";

    /// <summary>Gets or sets the Redis database number; -1 (the default) is the connection's default database.</summary>
    public int Database { get; set; } = -1;

    /// <inheritdoc />
    public override string ToString() => $"RedisWebhookDeduplicationOptions {{ KeyPrefix = {KeyPrefix}, Database = {Database} }}";
}
