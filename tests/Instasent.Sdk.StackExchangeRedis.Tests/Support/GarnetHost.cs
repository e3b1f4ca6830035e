using System.Net;
using System.Net.Sockets;
using Garnet;
using StackExchange.Redis;

namespace Instasent.Sdk.StackExchangeRedis.Tests.Support;

/// <summary>
/// A Redis-protocol server (Microsoft Garnet) inside the test process on a free loopback port, with Lua on: nothing to
/// install. One per test fixture; small memory so several fixtures fit on a CI machine. Garnet runs Lua scripts
/// atomically (as Redis always does) only with <c>--lua-transaction-mode</c>; without it two instances' scripts
/// interleave and the fleet test sees a couple of extra permits per window.
/// </summary>
internal sealed class GarnetHost : IDisposable
{
    private readonly GarnetServer server;
    private readonly List<ConnectionMultiplexer> connections = [];

    private GarnetHost(GarnetServer server, int port)
    {
        this.server = server;
        Port = port;
    }

    public int Port { get; }

    public static GarnetHost Start()
    {
        var port = FreePort();
        var server = new GarnetServer(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--lua", "--lua-transaction-mode", "--index", "1m", "--memory", "64m", "--logger-level", "None"]);
        server.Start();
        return new GarnetHost(server, port);
    }

    /// <summary>A new connection, as another instance of the fleet would have; disposed with the host.</summary>
    public ConnectionMultiplexer Connect()
    {
        var connection = ConnectionMultiplexer.Connect(new ConfigurationOptions
        {
            EndPoints = { { IPAddress.Loopback, Port } },
            AbortOnConnectFail = true,
            ConnectTimeout = 10_000,
            SyncTimeout = 10_000,
            AsyncTimeout = 10_000,
        });
        lock (connections)
        {
            connections.Add(connection);
        }

        return connection;
    }

    public void Dispose()
    {
        lock (connections)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }

        server.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
