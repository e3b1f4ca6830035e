using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Instasent.Sdk.AspNetCore;

/// <summary>
/// Checks one family of one registered client with a real authenticated read through the client's own pipeline (the
/// same token, retries and timeouts as the application's calls). A rejected token is Unhealthy, throttling is Degraded.
/// What it reports is built from names, status codes and exception type names only: never the token, the server's
/// error text (it may echo what it was sent) or the exception itself.
/// </summary>
internal sealed class InstasentHealthCheck : IHealthCheck
{
    private readonly IInstasentClientFactory factory;
    private readonly string clientName;
    private readonly InstasentHealthProbe probe;

    public InstasentHealthCheck(IInstasentClientFactory factory, string clientName, InstasentHealthProbe probe)
    {
        this.factory = factory;
        this.clientName = clientName;
        this.probe = probe;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var target = probe.Datasource is null ? probe.Family : probe.Family + " datasource '" + probe.Datasource + "'";
        try
        {
            var status = await probe.Send(factory.CreateClient(clientName), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{target}: {probe.Endpoint} answered {status}", Data(status, null));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The health check service's timeout or shutdown: it reports that itself.
            throw;
        }
        catch (InstasentException ex)
        {
            var status = ex.Info.StatusCode;
            var description = $"{target}: {probe.Endpoint} failed with {ex.GetType().Name}{(status is > 0 ? $" (HTTP {status})" : string.Empty)}";
            return ex switch
            {
                InstasentAuthenticationException or InstasentPermissionDeniedException =>
                    HealthCheckResult.Unhealthy(description + ": the credential is rejected", data: Data(status, ex)),
                InstasentRateLimitedException => HealthCheckResult.Degraded(description + ": throttled, calls are delayed or refused", data: Data(status, ex)),
                _ => HealthCheckResult.Unhealthy(description, data: Data(status, ex)),
            };
        }
        catch (Exception ex)
        {
            // Only the type: a message from outside the SDK carries no guarantee about what it contains.
            return HealthCheckResult.Unhealthy($"{target}: {probe.Endpoint} failed with {ex.GetType().Name}", data: Data(null, ex));
        }
    }

    private Dictionary<string, object> Data(int? status, Exception? error)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["family"] = probe.Family,
            ["endpoint"] = probe.Endpoint,
        };
        if (probe.Datasource is not null)
        {
            data["datasource"] = probe.Datasource;
        }

        if (status is > 0)
        {
            data["status_code"] = status.Value;
        }

        if (error is not null)
        {
            data["error_type"] = error.GetType().Name;
        }

        return data;
    }
}
