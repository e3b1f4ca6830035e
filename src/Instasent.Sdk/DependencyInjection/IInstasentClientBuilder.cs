using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.DependencyInjection;

/// <summary>Further configuration of a client registered with <c>AddInstasentClient</c>.</summary>
public interface IInstasentClientBuilder
{
    /// <summary>Gets the registration name.</summary>
    string Name { get; }

    /// <summary>Gets the service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>Adds more option configuration (runs after the configuration given to <c>AddInstasentClient</c>).</summary>
    /// <param name="configure">The configuration.</param>
    /// <returns>This builder.</returns>
    IInstasentClientBuilder Configure(Action<InstasentClientOptions> configure);

    /// <summary>
    /// Replaces the innermost HTTP handler of every family (by default one <see cref="SocketsHttpHandler"/> per client,
    /// shared by its families, that does not follow redirects, renews connections every five minutes and is disposed
    /// with the container). For tests and benchmarks; the SDK's handlers and retry pipeline stay in front of it.
    /// </summary>
    /// <remarks>
    /// A replaced handler is created per family and belongs to IHttpClientFactory, which replaces it every
    /// <c>HandlerLifetime</c> (two minutes unless changed) and disposes the old one; that rotation is what picks up DNS
    /// changes unless the handler renews its connections itself (<see cref="SocketsHttpHandler.PooledConnectionLifetime"/>).
    /// </remarks>
    /// <param name="createHandler">Creates the handler.</param>
    /// <returns>This builder.</returns>
    IInstasentClientBuilder ConfigurePrimaryHttpMessageHandler(Func<IServiceProvider, HttpMessageHandler> createHandler);

    /// <summary>Applies <paramref name="configure"/> to the <see cref="IHttpClientBuilder"/> of every family (for example to add a handler).</summary>
    /// <param name="configure">The configuration.</param>
    /// <returns>This builder.</returns>
    IInstasentClientBuilder ConfigureHttpClients(Action<IHttpClientBuilder> configure);

    /// <summary>
    /// Gives this client a token provider, read before every attempt of every family (see
    /// <see cref="IInstasentTokenProvider"/>). With one, start-up no longer requires a configured token; a provider answering
    /// <see langword="null"/> falls back to the configured token of the family.
    /// </summary>
    /// <param name="createProvider">Creates the provider once, from the application's services.</param>
    /// <returns>This builder.</returns>
    IInstasentClientBuilder UseTokenProvider(Func<IServiceProvider, IInstasentTokenProvider> createProvider);
}
