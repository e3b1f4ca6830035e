using System.Net.Http.Headers;
using System.Reflection;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Http;
using Instasent.Sdk.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instasent.Sdk.DependencyInjection;

/// <summary>Registers Instasent clients in a service collection.</summary>
public static class InstasentServiceCollectionExtensions
{
    private static readonly ProductInfoHeaderValue UserAgent = new(
        "Instasent.Sdk",
        typeof(InstasentClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    /// <summary>Registers the default client, bound to a configuration section (usually <c>configuration.GetSection("Instasent")</c>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <see cref="InstasentClientOptions"/>.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IInstasentClientBuilder AddInstasentClient(this IServiceCollection services, IConfiguration configuration) =>
        AddInstasentClient(services, Options.DefaultName, configuration);

    /// <summary>Registers the default client, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IInstasentClientBuilder AddInstasentClient(this IServiceCollection services, Action<InstasentClientOptions> configure) =>
        AddInstasentClient(services, Options.DefaultName, configure);

    /// <summary>Registers a named client (for example one per tenant) bound to a configuration section; resolve it with <see cref="IInstasentClientFactory"/> or as a keyed service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configuration">The section holding <see cref="InstasentClientOptions"/>.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IInstasentClientBuilder AddInstasentClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = AddCore(services, name);
        services.AddOptions<InstasentClientOptions>(name).Bind(configuration);
        return builder;
    }

    /// <summary>Registers a named client (for example one per tenant) configured in code; resolve it with <see cref="IInstasentClientFactory"/> or as a keyed service.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder for further configuration.</returns>
    public static IInstasentClientBuilder AddInstasentClient(this IServiceCollection services, string name, Action<InstasentClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = AddCore(services, name);
        services.AddOptions<InstasentClientOptions>(name).Configure(configure);
        return builder;
    }

    private static InstasentClientBuilder AddCore(IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);

        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddHttpClient();
        services.TryAddSingleton<IRateLimitPacingStore>(static sp => new InMemoryRateLimitPacingStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<InstasentClientFactory>();
        services.TryAddSingleton<IInstasentClientFactory>(sp => sp.GetRequiredService<InstasentClientFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InstasentClientOptions>, InstasentClientOptionsValidator>());

        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(InstasentRegistry))?.ImplementationInstance as InstasentRegistry;
        if (registry is null)
        {
            registry = new InstasentRegistry();
            services.AddSingleton(registry);
        }

        if (registry.Contains(name))
        {
            return new InstasentClientBuilder(name, services);
        }

        registry.Add(name);
        services.AddOptions<InstasentClientOptions>(name).ValidateOnStart();
        // One transport per client, created by the container and so disposed with it (see InstasentConnectionPool).
        services.AddKeyedSingleton<InstasentConnectionPool>(name);
        if (name == Options.DefaultName)
        {
            services.TryAddSingleton<IInstasentClient>(sp => sp.GetRequiredService<IInstasentClientFactory>().CreateClient(Options.DefaultName));
        }

        services.AddKeyedSingleton<IInstasentClient>(name, (sp, _) => sp.GetRequiredService<IInstasentClientFactory>().CreateClient(name));

        // Family clients are injectable directly ([FromKeyedServices("tenant-a")] ITransactionalClient); they are the
        // facade's own instances, so both ways of reaching a family share its state and pipeline.
        foreach (var registration in InstasentFamilies.Registrations)
        {
            var select = registration.SelectClient;
            if (name == Options.DefaultName)
            {
                services.TryAdd(ServiceDescriptor.Singleton(registration.ClientType, sp => select(sp.GetRequiredService<IInstasentClient>())));
            }

            services.AddKeyedSingleton(registration.ClientType, name, (sp, _) => select(sp.GetRequiredKeyedService<IInstasentClient>(name)));
        }

        foreach (var family in InstasentFamilies.All)
        {
            AddFamilyHttpClient(services, name, family);
        }

        return new InstasentClientBuilder(name, services);
    }

    /// <summary>
    /// The one pipeline, in this order: idempotency key (once per call) → resilience (total timeout, retry, rate-limit
    /// pacing when enabled, attempt timeout) → bearer token (per attempt) → attempt recording and logging → resend guard → transport.
    /// IHttpClientFactory's own logging is removed because it writes full URLs, which can hold phone numbers.
    /// <para>
    /// The SDK owns this chain. <c>ConfigureHttpClientDefaults</c> (what .NET Aspire ServiceDefaults call) reaches these
    /// clients too, and IHttpClientFactory always applies the defaults first, whether they were registered before or
    /// after <c>AddInstasentClient</c>; so the resilience handlers they added are gone by the time the SDK adds its own.
    /// Their retry would re-send an SMS the server had stored, their attempt timeout and circuit breaker would cut
    /// across the SDK's options. Other host handlers (logging, service discovery) stay: they cannot send twice, and
    /// whatever still could is stopped by the resend guard.
    /// </para>
    /// </summary>
    private static void AddFamilyHttpClient(IServiceCollection services, string name, InstasentFamily family)
    {
        var clientName = InstasentClientServices.HttpClientName(name, family);
        var http = services.AddHttpClient(clientName);
        http.ConfigureHttpClient((sp, http) =>
            {
                var options = InstasentClientServices.ReadOptions(sp.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>(), name, family);
                http.BaseAddress = family.SelectOptions(options).BaseAddress;
                // The pipeline owns every timeout; HttpClient's own 100 s default would cut across them.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.Add(UserAgent);
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredKeyedService<InstasentConnectionPool>(name).CreateLease())
            .RemoveAllLoggers()
            .AddHttpMessageHandler(() => new CallHeadersHandler());
#pragma warning disable EXTEXP0001 // Experimental in Microsoft.Extensions.Http.Resilience, and the only supported way to drop
        // resilience handlers that ConfigureHttpClientDefaults put on these clients; if it changes, the pinned version and the
        // HostHandlerTests show it. It runs before the SDK adds its own handler, which it must therefore not remove.
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddResilienceHandler("Instasent", (pipeline, context) =>
            {
                var sp = context.ServiceProvider;
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(InstasentLog.CategoryName);
                var monitor = sp.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>();
                var pacing = new RateLimitPacingStrategy(family, () => InstasentClientServices.ReadOptions(monitor, name, family), sp.GetRequiredService<IRateLimitPacingStore>(), logger);
                InstasentResiliencePipeline.Configure(pipeline, new InstasentRetryPolicy(family, logger), sp.GetRequiredService<TimeProvider>(), pacing);
            });
        http.AddHttpMessageHandler(sp =>
            {
                var monitor = sp.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>();
                return new AuthenticationHandler(family, name, () => InstasentClientServices.ReadOptions(monitor, name, family), sp.GetKeyedService<IInstasentTokenProvider>(name));
            })
            .AddHttpMessageHandler(sp => new AttemptHandler(
                family,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(InstasentLog.CategoryName),
                sp.GetRequiredService<TimeProvider>()));

        // Post-configuration runs after every Configure of this client, including handlers added later through
        // IInstasentClientBuilder.ConfigureHttpClients, so the guard really sits right in front of the transport.
        services.PostConfigure<HttpClientFactoryOptions>(clientName, options =>
            options.HttpMessageHandlerBuilderActions.Add(static b => b.AdditionalHandlers.Add(new ResendGuardHandler())));
    }
}
