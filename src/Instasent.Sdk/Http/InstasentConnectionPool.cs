using System.Net;

namespace Instasent.Sdk.Http;

/// <summary>
/// The transport of one client: a single <see cref="SocketsHttpHandler"/> under the named <see cref="HttpClient"/> of every
/// family, owned by the container that registered the client and disposed with it (so with
/// <see cref="InstasentClient.Dispose"/> for a client created with <c>new</c>).
/// </summary>
/// <remarks>
/// A <see cref="SocketsHttpHandler"/> keeps one connection pool per scheme, host and port, so the families that share a
/// host (Legacy, Transactional, Product and Ingest on <c>api.instasent.com</c>) share their connections, and the others get
/// their own pool inside the same handler. IHttpClientFactory still rebuilds each family's handler chain every
/// <c>HandlerLifetime</c> and disposes the old chains; it gets a lease whose disposal leaves the shared handler alone,
/// since only the container may end it. DNS changes are picked up by <see cref="SocketsHttpHandler.PooledConnectionLifetime"/>,
/// not by that rotation.
/// </remarks>
internal sealed class InstasentConnectionPool : IDisposable
{
    /// <summary>How long one connection is reused before a new one is opened (and the host name resolved again).</summary>
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    public SocketsHttpHandler Handler { get; } = new()
    {
        // Never follow redirects: a redirect to another host would otherwise carry the bearer token there.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = ConnectionLifetime,
    };

    /// <summary>Creates the primary handler for one family's handler chain; disposing it does not close the pool.</summary>
    public HttpMessageHandler CreateLease() => new Lease(Handler);

    public void Dispose() => Handler.Dispose();

    private sealed class Lease(HttpMessageHandler pool) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker invoker = new(pool, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            invoker.SendAsync(request, cancellationToken);

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            invoker.Send(request, cancellationToken);
    }
}
