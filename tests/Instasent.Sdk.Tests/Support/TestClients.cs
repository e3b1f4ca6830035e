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
        ILoggerProvider? logger = null,
        HostVariance? host = null,
        Action<IServiceCollection>? configureServices = null,
        Action<IInstasentClientBuilder>? configureClient = null)
    {
        var services = new ServiceCollection();
        configureServices?.Invoke(services);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (logger is not null)
        {
            services.AddLogging(b => b.AddProvider(logger).SetMinimumLevel(LogLevel.Trace));
        }

        IInstasentClientBuilder builder = null!;
        (host ?? HostVariance.FromEnvironment()).Apply(services, s => builder = s.AddInstasentClient(o =>
        {
            Copy(server.CreateClientOptions(), o);
            // Retry tests drive a fake clock, so generous budgets never fire by accident while real I/O is in flight.
            o.AttemptTimeout = TimeSpan.FromMinutes(10);
            o.TotalTimeout = TimeSpan.FromMinutes(30);
            o.Retry.MaxRetryDelay = TimeSpan.FromMinutes(5);
            configure?.Invoke(o);
        }));
        configureClient?.Invoke(builder);
        if ((time as TestClock ?? (time as ShiftedClock)?.Timers) is { } clock)
        {
            clock.HungRequests = () => server.ActiveHangs;
            services.PostConfigureAll<InstasentClientOptions>(o => clock.RegisterTimeouts(o.AttemptTimeout, o.TotalTimeout));
            builder.ConfigureHttpClients(b => b.AddHttpMessageHandler(() => new InFlightHandler(clock)));
        }

        return services.BuildServiceProvider();
    }

    public static void Copy(InstasentClientOptions from, InstasentClientOptions to)
    {
        to.AllowInsecureHttp = from.AllowInsecureHttp;
        to.Legacy = from.Legacy;
        to.Transactional = from.Transactional;
        to.Product = from.Product;
        to.Ingest = from.Ingest;
        to.LynSms = from.LynSms;
        to.Hellio = from.Hellio;
    }

    /// <summary>
    /// Lets fake time pass until the task completes, so retry waits take no real time. With a <see cref="TestClock"/>
    /// the clock jumps exactly to the next pending timer whenever no attempt is in flight (or only hung ones are);
    /// with a plain <see cref="FakeTimeProvider"/> it steps by <paramref name="step"/>.
    /// </summary>
    public static async Task<T> RunWithFakeTimeAsync<T>(Task<T> task, FakeTimeProvider time, TimeSpan step, int maxSteps = 20_000)
    {
        if (time is TestClock clock)
        {
            return await RunWithTestClockAsync(task, clock).ConfigureAwait(false);
        }

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

    private static async Task<T> RunWithTestClockAsync<T>(Task<T> task, TestClock clock)
    {
        var idle = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(task, Task.Delay(1)).ConfigureAwait(false);
            if (task.IsCompleted)
            {
                break;
            }

            // Idle means: nothing in flight, or only requests the server is deliberately holding. With nothing in flight
            // only a retry wait may be skipped; timeouts fire only while a hung request is really waiting for one.
            var hung = clock.HungRequests();
            idle = clock.InFlight <= hung ? idle + 1 : 0;
            var next = hung > 0 ? clock.NextDue : clock.NextNonTimeoutDue;
            if (idle >= 3 && next is { } due)
            {
                var now = clock.GetUtcNow();
                clock.Advance(due > now ? due - now : TimeSpan.FromTicks(1));
                idle = 0;
            }
        }

        return await task.ConfigureAwait(false);
    }
}
