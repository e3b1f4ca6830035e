using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instasent.Sdk;

/// <summary>
/// The facade over every API family. Create it with <c>new InstasentClient(options)</c>, or resolve
/// <see cref="IInstasentClient"/> after <c>services.AddInstasentClient(...)</c>: both build the very same pipeline.
/// </summary>
/// <remarks>
/// <para>
/// Lifetime: create <b>one client per application</b> (per set of credentials) and share it; it is thread-safe. Each
/// client owns one connection pool (a <see cref="SocketsHttpHandler"/> shared by all its families, so the four
/// <c>api.instasent.com</c> families reuse the same connections; connections are renewed every few minutes, so DNS
/// changes are seen). A client created per request would open new connections every time and lose the rate-limit and
/// retry state it keeps.
/// </para>
/// <para>
/// A client created with <c>new</c> owns its handlers and connections: <see cref="Dispose"/> closes them, and the
/// client must not be used afterwards. A client from dependency injection belongs to its container and is closed when
/// the container is disposed; do not dispose it yourself. Tenants with their own tokens do not need a client each:
/// pass <see cref="InstasentRequestOptions.Token"/> or <see cref="InstasentRequestOptions.TokenProvider"/> per call, or
/// give the client an <see cref="IInstasentTokenProvider"/>.
/// </para>
/// </remarks>
public sealed class InstasentClient : IInstasentClient, IDisposable
{
    private readonly InstasentClientServices services;
    private readonly ServiceProvider? ownedProvider;
    private ILegacyClient? legacy;
    private ITransactionalClient? transactional;
    private IProductClient? product;
    private IIngestClient? ingest;
    private ILynSmsClient? lynSms;
    private IHellioClient? hellio;

    /// <summary>
    /// Creates a client without dependency injection. The options object stays live: changing a token on it later is
    /// seen by the next attempt. Keep one for the life of the application and dispose it at the end: it owns its HTTP
    /// handlers and connections.
    /// </summary>
    /// <param name="options">The options; validated now.</param>
    /// <param name="loggerFactory">Where to log; nothing is logged when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock for waits and timeouts; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="tokenProvider">Supplies tokens before every attempt (see <see cref="IInstasentTokenProvider"/>); the configured tokens alone when <see langword="null"/>.</param>
    /// <exception cref="OptionsValidationException">The options are not usable; the message says what to fix.</exception>
    public InstasentClient(InstasentClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null, IInstasentTokenProvider? tokenProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new InstasentClientOptionsValidator(tokenProvider is not null).Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(InstasentClientOptions), validation.Failures);
        }

        var collection = new ServiceCollection();
        if (loggerFactory is not null)
        {
            collection.AddSingleton(loggerFactory);
        }

        if (timeProvider is not null)
        {
            collection.AddSingleton(timeProvider);
        }

        var builder = collection.AddInstasentClient(static _ => { });
        if (tokenProvider is not null)
        {
            builder.UseTokenProvider(_ => tokenProvider);
        }

        collection.AddSingleton<IOptionsMonitor<InstasentClientOptions>>(new FixedOptionsMonitor(options));
        ownedProvider = collection.BuildServiceProvider();
        services = new InstasentClientServices(
            Options.DefaultName,
            ownedProvider.GetRequiredService<IHttpClientFactory>(),
            ownedProvider.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>(),
            ownedProvider.GetRequiredService<TimeProvider>(),
            ownedProvider.GetRequiredService<ILoggerFactory>());
    }

    internal InstasentClient(InstasentClientServices services)
    {
        this.services = services;
    }

    /// <inheritdoc />
    public ILegacyClient Legacy => legacy ??= new LegacyClient(services.CreateApi<IInstasentSmsApi>(LegacyFamily.Descriptor), services.CreateExecutor(LegacyFamily.Descriptor));

    /// <inheritdoc />
    public ITransactionalClient Transactional => transactional ??= new TransactionalClient(services.CreateApi<IInstasentSmsApi>(TransactionalFamily.Descriptor), services.CreateExecutor(TransactionalFamily.Descriptor));

    /// <inheritdoc />
    public IProductClient Product => product ??= new ProductClient(services.CreateApi<IProductApi>(ProductFamily.Descriptor), services.CreateExecutor(ProductFamily.Descriptor));

    /// <inheritdoc />
    public IIngestClient Ingest => ingest ??= new IngestClient(services.CreateApi<IIngestApi>(IngestFamily.Descriptor), services.CreateExecutor(IngestFamily.Descriptor));

    /// <inheritdoc />
    public ILynSmsClient LynSms => lynSms ??= new LynSmsClient(services.CreateApi<ILynSmsApi>(LynSmsFamily.Descriptor), services.CreateExecutor(LynSmsFamily.Descriptor));

    /// <inheritdoc />
    public IHellioClient Hellio => hellio ??= new HellioClient(services.CreateApi<IHellioApi>(HellioFamily.Descriptor), services.CreateExecutor(HellioFamily.Descriptor));

    /// <summary>
    /// Closes the connections and releases the HTTP handlers of a client created with the public constructor; a client
    /// from dependency injection is owned by its container, which does this when it is disposed.
    /// </summary>
    public void Dispose() => ownedProvider?.Dispose();

    /// <inheritdoc />
    public override string ToString() => $"InstasentClient {{ Name = '{services.Name}' }}";

    private sealed class FixedOptionsMonitor(InstasentClientOptions options) : IOptionsMonitor<InstasentClientOptions>
    {
        public InstasentClientOptions CurrentValue => options;

        public InstasentClientOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<InstasentClientOptions, string?> listener) => null;
    }
}
