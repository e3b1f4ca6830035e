using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Support;

/// <summary>Base for tests that talk to a fresh loopback fake server through the real DI registration.</summary>
public abstract class FakeServerFixture
{
    protected InstasentFakeServer Server { get; private set; } = null!;

    protected TestClock Time { get; private set; } = null!;

    protected FakeLoggerProvider Logs { get; private set; } = null!;

    private readonly List<ServiceProvider> providers = [];

    [SetUp]
    public async Task StartServerAsync()
    {
        Time = new TestClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        Server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = Time });
        Logs = new FakeLoggerProvider();
    }

    [TearDown]
    public async Task StopServerAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        providers.Clear();
        Logs.Dispose();
        await Server.DisposeAsync();
    }

    protected IInstasentClient CreateClient(Action<InstasentClientOptions>? configure = null, HostVariance? host = null)
    {
        var provider = TestClients.Create(Server, configure, Time, Logs, host);
        providers.Add(provider);
        return provider.GetRequiredService<IInstasentClient>();
    }

    /// <summary>Builds a client; <paramref name="host"/> adds host handlers around it (default: <see cref="HostVariance.FromEnvironment"/>).</summary>
    protected ServiceProvider CreateProvider(Action<InstasentClientOptions>? configure = null, HostVariance? host = null)
    {
        var provider = TestClients.Create(Server, configure, Time, Logs, host);
        providers.Add(provider);
        return provider;
    }

    /// <summary>Disposes <paramref name="provider"/> with the fixture.</summary>
    protected void Track(ServiceProvider provider) => providers.Add(provider);

    protected Task<T> WithFakeTime<T>(Task<T> task, double stepSeconds = 0.25) =>
        TestClients.RunWithFakeTimeAsync(task, Time, TimeSpan.FromSeconds(stepSeconds));
}
