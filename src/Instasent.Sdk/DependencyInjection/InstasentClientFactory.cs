using System.Collections.Concurrent;
using Instasent.Sdk.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instasent.Sdk.DependencyInjection;

/// <summary>Creates one <see cref="InstasentClient"/> per registration name and keeps it; clients are thread-safe.</summary>
internal sealed class InstasentClientFactory : IInstasentClientFactory, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<InstasentClient>> clients = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory httpClientFactory;
    private readonly IOptionsMonitor<InstasentClientOptions> optionsMonitor;
    private readonly TimeProvider timeProvider;
    private readonly ILoggerFactory loggerFactory;
    private readonly InstasentRegistry registry;

    public InstasentClientFactory(IHttpClientFactory httpClientFactory, IOptionsMonitor<InstasentClientOptions> optionsMonitor, TimeProvider timeProvider, ILoggerFactory loggerFactory, InstasentRegistry registry)
    {
        this.httpClientFactory = httpClientFactory;
        this.optionsMonitor = optionsMonitor;
        this.timeProvider = timeProvider;
        this.loggerFactory = loggerFactory;
        this.registry = registry;
    }

    public IInstasentClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registry.Contains(name))
        {
            throw new InvalidOperationException($"No Instasent client is registered under the name '{name}'. Call services.AddInstasentClient(\"{name}\", ...) first.");
        }

        return clients.GetOrAdd(name, n => new Lazy<InstasentClient>(() => Create(n))).Value;
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            if (client.IsValueCreated)
            {
                client.Value.Dispose();
            }
        }
    }

    private InstasentClient Create(string name)
    {
        // Reading the options here runs their validation, so a misconfigured client fails when first resolved, with the message.
        _ = optionsMonitor.Get(name);
        return new InstasentClient(new InstasentClientServices(name, httpClientFactory, optionsMonitor, timeProvider, loggerFactory));
    }
}
