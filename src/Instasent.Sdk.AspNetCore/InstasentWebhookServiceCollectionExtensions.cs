using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Instasent.Sdk.AspNetCore;

/// <summary>Registers what the webhook endpoints need.</summary>
public static class InstasentWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook options and lets verified payloads (<see cref="LynSmsWebhookEvent"/>,
    /// <see cref="HellioWebhookEvent"/>, <see cref="HellioUssdCallback"/>, <see cref="DeliveryReport"/>) be parameters
    /// of handlers mapped with <see cref="InstasentWebhookEndpointRouteBuilderExtensions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets secrets and checks; may be <see langword="null"/> when they come from configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentWebhooks(this IServiceCollection services, Action<InstasentWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<InstasentWebhookOptions>()
            .Validate(static o => o.DeduplicationProcessingLease > TimeSpan.Zero && o.DeduplicationRetention > TimeSpan.Zero, "InstasentWebhookOptions.DeduplicationProcessingLease and DeduplicationRetention must be positive.");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddScoped<WebhookRequestState>();
        services.TryAddScoped(static sp => sp.GetRequiredService<WebhookRequestState>().Get<LynSmsWebhookEvent>());
        services.TryAddScoped(static sp => sp.GetRequiredService<WebhookRequestState>().Get<HellioWebhookEvent>());
        services.TryAddScoped(static sp => sp.GetRequiredService<WebhookRequestState>().Get<HellioUssdCallback>());
        services.TryAddScoped(static sp => sp.GetRequiredService<WebhookRequestState>().Get<DeliveryReport>());
        return services;
    }

    /// <summary>Registers the webhook endpoints' services with options bound from a configuration section (usually <c>Instasent:Webhooks</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The section, for example <c>configuration.GetSection(InstasentWebhookOptions.DefaultSectionName)</c>.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentWebhooks(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddInstasentWebhooks();
        services.Configure<InstasentWebhookOptions>(section);
        return services;
    }

    /// <summary>
    /// Deduplicates deliveries in process memory (single instance) with <see cref="InMemoryWebhookDeduplicationStore"/>:
    /// a delivery being handled holds a lease of <see cref="InstasentWebhookOptions.DeduplicationProcessingLease"/>
    /// (copies meanwhile get 503 with <c>Retry-After</c>), a handled one is remembered for
    /// <see cref="InstasentWebhookOptions.DeduplicationRetention"/> (copies get 200 without running the handler), and a
    /// failed one is forgotten so the vendor's retry runs the handler again. Expiry uses the registered
    /// <see cref="TimeProvider"/>, if any. Register your own <see cref="IWebhookDeduplicationStore"/> instead (before or
    /// instead of this call) when several instances receive webhooks.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddInstasentWebhookDeduplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IWebhookDeduplicationStore>(static sp => new InMemoryWebhookDeduplicationStore(sp.GetService<TimeProvider>()));
        return services;
    }
}
