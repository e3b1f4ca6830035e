using Instasent.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Instasent.Sdk.AspNetCore;

/// <summary>Adds health checks of the Instasent clients to <c>services.AddHealthChecks()</c>.</summary>
public static class InstasentHealthChecksBuilderExtensions
{
    private const string NamePrefix = "Instasent";

    /// <summary>
    /// Adds one health check per configured family of every client registered with <c>AddInstasentClient</c> (the
    /// default one and each named one), plus one per Ingest datasource. Each sends the family's cheapest authenticated
    /// read through the client's own pipeline (Legacy and Transactional <c>GET /organization/account</c>, Product
    /// <c>GET /project/{project}</c> or <c>GET /</c> without a project, Ingest <c>GET .../stream</c>, LynSMS
    /// <c>GET /account</c>, Hellio <c>GET /balance</c>). A 401 or 403 is <see cref="HealthStatus.Unhealthy"/>, a 429
    /// that outlasts the client's retry rules is <see cref="HealthStatus.Degraded"/>, any other failure is Unhealthy with
    /// the exception's type in the description. A family without a token gets no check. Descriptions and data hold
    /// names, routes, status codes and type names only: never the token or anything the server sent back.
    /// <para>
    /// Checks are named <c>Instasent:{Family}</c> for the default client, <c>Instasent:{client}:{Family}</c> for a named
    /// one, with <c>:{datasource}</c> appended for Ingest (for example <c>Instasent:Ingest:shop</c>).
    /// </para>
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="tags">Tags for every check (for example <c>["ready"]</c> to serve them on a readiness endpoint).</param>
    /// <param name="timeout">How long one check may take; default 30 seconds.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddInstasentHealthChecks(this IHealthChecksBuilder builder, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var checkTags = tags?.ToArray() ?? [];
        var checkTimeout = timeout ?? TimeSpan.FromSeconds(30);
        // Which families have a token is known only once configuration is read, and clients may be registered after
        // this call: the checks are added when the health check service is built, from the registrations made by then.
        services.AddOptions<HealthCheckServiceOptions>()
            .Configure<IOptionsMonitor<InstasentClientOptions>>((health, monitor) =>
            {
                foreach (var client in ClientNames(services))
                {
                    foreach (var probe in InstasentHealthProbe.For(monitor.Get(client)))
                    {
                        health.Registrations.Add(new HealthCheckRegistration(
                            CheckName(client, probe),
                            sp => new InstasentHealthCheck(sp.GetRequiredService<IInstasentClientFactory>(), client, probe),
                            failureStatus: HealthStatus.Unhealthy,
                            checkTags,
                            checkTimeout));
                    }
                }
            });
        return builder;
    }

    // Every AddInstasentClient(name, ...) registers the client as a keyed service under its name.
    private static IEnumerable<string> ClientNames(IServiceCollection services) =>
        services.Where(d => d.IsKeyedService && d.ServiceType == typeof(IInstasentClient) && d.ServiceKey is string)
            .Select(d => (string)d.ServiceKey!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string CheckName(string client, InstasentHealthProbe probe)
    {
        var name = client == Options.DefaultName ? NamePrefix : NamePrefix + ":" + client;
        name += ":" + probe.Family;
        return probe.Datasource is null ? name : name + ":" + probe.Datasource;
    }
}
