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
    /// seen by the next attempt. Dispose the client when done (it owns its HTTP handlers).
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

    /// <summary>Releases the HTTP handlers of a client created with the public constructor; a client from dependency injection is owned by the container.</summary>
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
