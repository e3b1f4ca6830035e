using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Instasent.Sdk.Tests.Support;

/// <summary>Builds SDK clients wired to a fake server through the real DI registration.</summary>
internal static class TestClients
{
    public static ServiceProvider Create(
        InstasentFakeServer server,
        Action<InstasentClientOptions>? configure = null,
        TimeProvider? time = null,
        ILoggerProvider? logger = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (logger is not null)
        {
            services.AddLogging(b => b.AddProvider(logger).SetMinimumLevel(LogLevel.Trace));
        }

        services.AddInstasentClient(o =>
        {
            Copy(server.CreateClientOptions(), o);
            // Retry tests drive a fake clock, so generous budgets never fire by accident while real I/O is in flight.
            o.AttemptTimeout = TimeSpan.FromMinutes(10);
            o.TotalTimeout = TimeSpan.FromMinutes(30);
            o.Retry.MaxRetryDelay = TimeSpan.FromMinutes(5);
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider();
    }

    public static void Copy(InstasentClientOptions from, InstasentClientOptions to)
    {
        to.AllowInsecureHttp = from.AllowInsecureHttp;
        to.Legacy = from.Legacy;
        to.Transactional = from.Transactional;
        to.Product = from.Product;
        to.Ingest = from.Ingest;
    }

    /// <summary>Advances a fake clock in steps until the task completes, so retry waits take no real time.</summary>
    public static async Task<T> RunWithFakeTimeAsync<T>(Task<T> task, FakeTimeProvider time, TimeSpan step, int maxSteps = 20_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(2)).ConfigureAwait(false);
            if (!task.IsCompleted)
            {
                time.Advance(step);
            }
        }

        return await task.ConfigureAwait(false);
    }
}
