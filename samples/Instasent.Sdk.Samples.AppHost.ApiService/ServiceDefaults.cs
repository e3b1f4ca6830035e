// What the Aspire ServiceDefaults template adds to every service (trimmed to HTTP): the standard resilience handler and
// service discovery on every HttpClient. The SDK's own clients keep service discovery and drop the resilience handler
// (it would re-send an SMS after a 500); see the README section "Inside .NET Aspire".
using Microsoft.Extensions.DependencyInjection;

internal static class ServiceDefaults
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }
}
