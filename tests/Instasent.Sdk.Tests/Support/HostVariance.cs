using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

namespace Instasent.Sdk.Tests.Support;

/// <summary>
/// What the host application adds around the SDK, as real apps do. <see cref="Aspire"/> registers what every .NET Aspire
/// ServiceDefaults project registers for every <see cref="HttpClient"/>: the standard resilience handler (retry, 10 s
/// attempt timeout, circuit breaker) and service discovery, plus a handler that counts what it sees (standing for the
/// app's own logging handler). The SDK must keep its promises with this on.
/// <para>
/// Turn it on for one client with <c>TestClients.Create(..., host: HostVariance.Aspire)</c> or
/// <c>CreateClient(..., host: ...)</c> in a <c>FakeServerFixture</c>; for a whole run set the environment variable
/// <c>INSTASENT_TEST_HOST=aspire</c> (or <c>aspire-after</c> to register the defaults after <c>AddInstasentClient</c>).
/// Outside this project (the chaos suite) link this file and call <see cref="Apply"/> around <c>AddInstasentClient</c>.
/// </para>
/// </summary>
public sealed record HostVariance
{
    /// <summary>The environment variable that turns host variance on for every client the test support builds.</summary>
    public const string EnvironmentVariable = "INSTASENT_TEST_HOST";

    /// <summary>Gets no host handlers: the SDK on its own.</summary>
    public static HostVariance None { get; } = new();

    /// <summary>Gets Aspire-style <c>ConfigureHttpClientDefaults</c>, registered before <c>AddInstasentClient</c> (as ServiceDefaults do); a new instance with its own counter each time.</summary>
    public static HostVariance Aspire => new() { HttpClientDefaults = true };

    /// <summary>Gets the same defaults registered after <c>AddInstasentClient</c>; a new instance each time.</summary>
    public static HostVariance AspireAfterClient => new() { HttpClientDefaults = true, RegisterAfterClient = true };

    /// <summary>Gets whether <c>ConfigureHttpClientDefaults</c> adds the standard resilience handler, service discovery and a counting handler.</summary>
    public bool HttpClientDefaults { get; init; }

    /// <summary>Gets whether the defaults are registered after <c>AddInstasentClient</c> instead of before.</summary>
    public bool RegisterAfterClient { get; init; }

    /// <summary>Gets a change to the standard resilience options (for example a circuit breaker that opens sooner).</summary>
    public Action<HttpStandardResilienceOptions>? ConfigureResilience { get; init; }

    /// <summary>Gets the counter the host's own handler adds to; shared by every client it wraps.</summary>
    public RequestCounter Requests { get; init; } = new();

    /// <summary>Gets the variance chosen by <see cref="EnvironmentVariable"/> (<see cref="None"/> when unset).</summary>
    public static HostVariance FromEnvironment() => Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" => None,
        "aspire" => Aspire,
        "aspire-after" => AspireAfterClient,
        var other => throw new InvalidOperationException($"{EnvironmentVariable}='{other}' is not one of none, aspire, aspire-after."),
    };

    /// <summary>Registers the SDK with <paramref name="addClients"/> and the host's defaults before or after it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="addClients">Calls <c>AddInstasentClient</c> (once or per tenant).</param>
    public void Apply(IServiceCollection services, Action<IServiceCollection> addClients)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(addClients);
        if (HttpClientDefaults && !RegisterAfterClient)
        {
            AddDefaults(services);
        }

        addClients(services);
        if (HttpClientDefaults && RegisterAfterClient)
        {
            AddDefaults(services);
        }
    }

    private void AddDefaults(IServiceCollection services)
    {
        // What the Aspire ServiceDefaults template's AddServiceDefaults registers for HTTP. A host always has an
        // IConfiguration (service discovery reads endpoints from it); a bare test container gets an empty one.
        services.TryAddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http =>
        {
            if (ConfigureResilience is { } configure)
            {
                http.AddStandardResilienceHandler(configure);
            }
            else
            {
                http.AddStandardResilienceHandler();
            }

            http.AddServiceDiscovery();
            http.AddHttpMessageHandler(() => new CountingHandler(Requests));
        });
    }

    /// <summary>Counts the requests the host's own handler saw (outside the SDK's pipeline).</summary>
    public sealed class RequestCounter
    {
        private int count;

        /// <summary>Gets how many requests went through the host's handler.</summary>
        public int Count => Volatile.Read(ref count);

        internal void Add() => Interlocked.Increment(ref count);
    }

    /// <summary>Stands for an app's logging handler: it only observes, it never sends again.</summary>
    private sealed class CountingHandler(RequestCounter counter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
