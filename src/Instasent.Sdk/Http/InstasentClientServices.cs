using Instasent.Sdk.Errors;
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

    public InstasentClientOptions CurrentOptions => ReadOptions(optionsMonitor, Name, null);

    public static string HttpClientName(string clientName, InstasentFamily family) => "Instasent." + clientName + "." + family.Name;

    /// <summary>
    /// Reads a client's current options for a call. <see cref="IOptionsMonitor{TOptions}"/> validates them again after
    /// every configuration reload, so a reload that made them invalid would fail every later call with a raw
    /// <see cref="OptionsValidationException"/>; calls get an <see cref="InstasentConfigurationException"/> that says
    /// what to fix instead (the validation messages never hold a token). Whoever reloaded still sees the original error.
    /// </summary>
    public static InstasentClientOptions ReadOptions(IOptionsMonitor<InstasentClientOptions> monitor, string name, InstasentFamily? family)
    {
        try
        {
            return monitor.Get(name);
        }
        catch (OptionsValidationException invalid)
        {
            throw new InstasentConfigurationException(
                "The client's options became invalid after start-up (a configuration reload?), so nothing was sent: " + string.Join(" ", invalid.Failures),
                new InstasentErrorInfo { Operation = family?.Name });
        }
    }

    public InstasentOperationExecutor CreateExecutor(InstasentFamily family) => new(family, () => ReadOptions(optionsMonitor, Name, family), TimeProvider);

    public TApi CreateApi<TApi>(InstasentFamily family)
        where TApi : class
    {
        var http = httpClientFactory.CreateClient(HttpClientName(Name, family));
        return RestService.ForGenerated<TApi>(http, RefitSettingsFactory.Settings);
    }
}
