using Instasent.Sdk.RateLimiting;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Instasent.Sdk.StackExchangeRedis;

/// <summary>Puts the fleet-wide state of Instasent.Sdk on Redis.</summary>
public static class InstasentRedisServiceCollectionExtensions
{
    /// <summary>
    /// Shares every token's rate-limit pacing budget through Redis (<see cref="RedisRateLimitPacingStore"/>) and turns
    /// pacing on (<see cref="RateLimitPacingOptions.Enabled"/>) for every Instasent client of the container. Call it
    /// before or after <c>AddInstasentClient</c>; it replaces the in-memory store.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connection">The Redis connection; every instance of the fleet must reach the same Redis.</param>
    /// <param name="configure">Sets the key prefix or database, if needed.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentRedisPacing(this IServiceCollection services, IConnectionMultiplexer connection, Action<RedisRateLimitPacingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return AddInstasentRedisPacing(services, _ => connection, configure);
    }

    /// <summary>
    /// Shares every token's rate-limit pacing budget through Redis, with the <see cref="IConnectionMultiplexer"/>
    /// registered in the container (for example by Aspire's <c>AddRedisClient</c>), and turns pacing on for every
    /// Instasent client of the container.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the key prefix or database, if needed.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentRedisPacing(this IServiceCollection services, Action<RedisRateLimitPacingOptions>? configure = null) =>
        AddInstasentRedisPacing(services, static sp => sp.GetRequiredService<IConnectionMultiplexer>(), configure);

    /// <summary>
    /// De-duplicates webhook deliveries across every receiving instance with <see cref="RedisWebhookDeduplicationStore"/>
    /// (leases and done markers in Redis). Use it instead of <c>AddInstasentWebhookDeduplication()</c>; the lease and
    /// retention times stay in <c>InstasentWebhookOptions</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connection">The Redis connection; every receiving instance must reach the same Redis.</param>
    /// <param name="configure">Sets the key prefix or database, if needed.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentRedisWebhookDeduplication(this IServiceCollection services, IConnectionMultiplexer connection, Action<RedisWebhookDeduplicationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return AddInstasentRedisWebhookDeduplication(services, _ => connection, configure);
    }

    /// <summary>
    /// De-duplicates webhook deliveries across every receiving instance with <see cref="RedisWebhookDeduplicationStore"/>,
    /// with the <see cref="IConnectionMultiplexer"/> registered in the container.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the key prefix or database, if needed.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentRedisWebhookDeduplication(this IServiceCollection services, Action<RedisWebhookDeduplicationOptions>? configure = null) =>
        AddInstasentRedisWebhookDeduplication(services, static sp => sp.GetRequiredService<IConnectionMultiplexer>(), configure);

    private static IServiceCollection AddInstasentRedisPacing(IServiceCollection services, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisRateLimitPacingOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new RedisRateLimitPacingOptions();
        configure?.Invoke(options);
        services.RemoveAll<IRateLimitPacingStore>();
        services.AddSingleton<IRateLimitPacingStore>(sp => new RedisRateLimitPacingStore(connection(sp), options, sp.GetService<TimeProvider>()));
        services.ConfigureAll<InstasentClientOptions>(static o => o.Pacing.Enabled = true);
        return services;
    }

    private static IServiceCollection AddInstasentRedisWebhookDeduplication(IServiceCollection services, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisWebhookDeduplicationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new RedisWebhookDeduplicationOptions();
        configure?.Invoke(options);
        services.RemoveAll<IWebhookDeduplicationStore>();
        services.AddSingleton<IWebhookDeduplicationStore>(sp => new RedisWebhookDeduplicationStore(connection(sp), options));
        return services;
    }
}
