using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Instasent.Sdk.Http;

/// <summary>
/// What one named <see cref="InstasentClient"/> needs to build its family clients: the named HTTP clients (which carry
/// the shared pipeline), the options and the clock.
/// </summary>
internal sealed class InstasentClientServices
{
    private readonly IHttpClientFactory httpClientFactory;
    private readonly IOptionsMonitor<InstasentClientOptions> optionsMonitor;

    public InstasentClientServices(string name, IHttpClientFactory httpClientFactory, IOptionsMonitor<InstasentClientOptions> optionsMonitor, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        Name = name;
        this.httpClientFactory = httpClientFactory;
        this.optionsMonitor = optionsMonitor;
        TimeProvider = timeProvider;
        LoggerFactory = loggerFactory;
    }

    public string Name { get; }

    public TimeProvider TimeProvider { get; }

    public ILoggerFactory LoggerFactory { get; }

    public InstasentClientOptions CurrentOptions => optionsMonitor.Get(Name);

    public static string HttpClientName(string clientName, InstasentFamily family) => "Instasent." + clientName + "." + family.Name;

    public InstasentOperationExecutor CreateExecutor(InstasentFamily family) => new(family, () => optionsMonitor.Get(Name), TimeProvider);

    public TApi CreateApi<TApi>(InstasentFamily family)
        where TApi : class
    {
        var http = httpClientFactory.CreateClient(HttpClientName(Name, family));
        return RestService.ForGenerated<TApi>(http, RefitSettingsFactory.Settings);
    }
}
