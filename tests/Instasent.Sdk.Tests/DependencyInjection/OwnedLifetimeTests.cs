using System.Net;
using System.Net.NetworkInformation;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.Product;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.DependencyInjection;

/// <summary>
/// A client owns its connections: disposing it (or the container) closes them, and the families that share a host share
/// one pool. Connections are counted from the operating system's TCP table, client side (remote port = the fake's port).
/// </summary>
[NonParallelizable]
public sealed class OwnedLifetimeTests : FakeServerFixture
{
    [Test]
    public async Task Fifty_clients_created_used_and_disposed_leave_no_established_connection()
    {
        var options = Server.CreateClientOptions();
        for (var i = 0; i < 50; i++)
        {
            using var client = new InstasentClient(options);
            Assert.CatchAsync<InstasentNotFoundException>(() => client.Transactional.GetSmsAsync("sms-missing"));
            Assert.That(EstablishedToServer(), Is.GreaterThanOrEqualTo(1), "the call should have opened a connection");
        }

        Assert.That(await SettledEstablishedToServerAsync(), Is.Zero);
        Assert.That(Server.RequestCount, Is.EqualTo(50));
    }

    [Test]
    public async Task Disposing_the_container_closes_the_connections_of_its_clients()
    {
        var provider = TestClients.Create(Server, time: Time);
        var client = provider.GetRequiredService<IInstasentClient>();
        Assert.CatchAsync<InstasentNotFoundException>(() => client.Transactional.GetSmsAsync("sms-missing"));
        Assert.That(EstablishedToServer(), Is.EqualTo(1));

        await provider.DisposeAsync();

        Assert.That(await SettledEstablishedToServerAsync(), Is.Zero);
    }

    [Test]
    public async Task The_api_instasent_com_families_share_one_connection_pool()
    {
        var provider = CreateProvider();
        foreach (var family in new[] { LegacyFamily.Descriptor, TransactionalFamily.Descriptor, ProductFamily.Descriptor, IngestFamily.Descriptor })
        {
            await Send(provider, family);
        }

        // Sequential requests to one host over one pool reuse one connection; a pool per family would open four.
        Assert.That(Server.RequestCount, Is.EqualTo(4));
        Assert.That(EstablishedToServer(), Is.EqualTo(1));
    }

    [Test]
    public void The_default_transport_refreshes_dns_by_connection_lifetime()
    {
        var provider = CreateProvider();
        var pool = provider.GetRequiredKeyedService<InstasentConnectionPool>(Options.DefaultName);

        Assert.That(pool.Handler.PooledConnectionLifetime, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(pool.Handler.AllowAutoRedirect, Is.False);
    }

    [Test]
    public async Task A_replaced_primary_handler_is_used_and_still_rotated_by_the_factory()
    {
        var created = 0;
        var provider = TestClients.Create(Server, time: Time, configureClient: b => b.ConfigurePrimaryHttpMessageHandler(_ =>
        {
            Interlocked.Increment(ref created);
            // Connections of this handler live for ever; only the factory's rotation of the handler refreshes DNS.
            return new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        }));
        Track(provider);

        await Send(provider, TransactionalFamily.Descriptor);

        Assert.That(created, Is.EqualTo(1));
        var factoryOptions = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>()
            .Get(InstasentClientServices.HttpClientName(Options.DefaultName, TransactionalFamily.Descriptor));
        Assert.That(factoryOptions.HandlerLifetime, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(5)));
    }

    private static async Task Send(IServiceProvider provider, InstasentFamily family)
    {
        var monitor = provider.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>();
        var executor = new InstasentOperationExecutor(family, () => monitor.Get(Options.DefaultName), TimeProvider.System);
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(InstasentClientServices.HttpClientName(Options.DefaultName, family));
        var response = await executor.SendAsync(
            executor.CreateContext(family.Operation("TestRead", RetrySafety.Idempotent)),
            (call, ct) =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, new Uri(http.BaseAddress!, "/test/pool"));
                request.Options.Set(InstasentCallContext.Key, call);
                return http.SendAsync(request, ct);
            },
            (_, status) => status,
            status => status == 404,
            CancellationToken.None);
        Assert.That(response.StatusCode, Is.EqualTo(404));
    }

    private int EstablishedToServer() =>
        IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections()
            .Count(c => c.State == TcpState.Established && c.RemoteEndPoint.Port == Server.BaseAddress.Port && IPAddress.IsLoopback(c.RemoteEndPoint.Address));

    /// <summary>A closed socket leaves the Established state at once; a few reads guard against a table read mid-change.</summary>
    private async Task<int> SettledEstablishedToServerAsync()
    {
        var count = EstablishedToServer();
        for (var i = 0; i < 20 && count > 0; i++)
        {
            await Task.Delay(50);
            count = EstablishedToServer();
        }

        return count;
    }
}
