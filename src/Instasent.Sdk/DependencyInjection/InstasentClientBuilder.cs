using Instasent.Sdk.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.DependencyInjection;

internal sealed class InstasentClientBuilder : IInstasentClientBuilder
{
    public InstasentClientBuilder(string name, IServiceCollection services)
    {
        Name = name;
        Services = services;
    }

    public string Name { get; }

    public IServiceCollection Services { get; }

    public IInstasentClientBuilder Configure(Action<InstasentClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddOptions<InstasentClientOptions>(Name).Configure(configure);
        return this;
    }

    public IInstasentClientBuilder ConfigurePrimaryHttpMessageHandler(Func<IServiceProvider, HttpMessageHandler> createHandler)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        return ConfigureHttpClients(b => b.ConfigurePrimaryHttpMessageHandler(createHandler));
    }

    public IInstasentClientBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        foreach (var family in InstasentFamilies.All)
        {
            configure(Services.AddHttpClient(InstasentClientServices.HttpClientName(Name, family)));
        }

        return this;
    }

    public IInstasentClientBuilder UseTokenProvider(Func<IServiceProvider, IInstasentTokenProvider> createProvider)
    {
        ArgumentNullException.ThrowIfNull(createProvider);
        var registry = Services.Select(d => d.ImplementationInstance).OfType<InstasentRegistry>().First();
        registry.AddTokenProvider(Name);
        Services.AddKeyedSingleton<IInstasentTokenProvider>(Name, (sp, _) => createProvider(sp));
        return this;
    }
}
