using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Transactional;

namespace Instasent.Sdk;

/// <summary>
/// The SDK's entry point: one client per API family, all sharing one HTTP pipeline (per-attempt auth, safe retries,
/// rate-limit handling, typed errors). Thread-safe; register it once (<c>services.AddInstasentClient(...)</c>) or
/// create one <see cref="InstasentClient"/> and reuse it.
/// </summary>
public interface IInstasentClient
{
    /// <summary>Gets the Instasent Legacy SMS API.</summary>
    ILegacyClient Legacy { get; }

    /// <summary>Gets the Instasent Transactional SMS API.</summary>
    ITransactionalClient Transactional { get; }

    /// <summary>Gets the Instasent Product API (audience, events, segments, campaigns, direct SMS).</summary>
    IProductClient Product { get; }

    /// <summary>Gets the Instasent Ingest API (contacts and events per datasource, safe bulk ingestion).</summary>
    IIngestClient Ingest { get; }

    /// <summary>Gets the LynSMS API.</summary>
    ILynSmsClient LynSms { get; }

    /// <summary>Gets the Hellio Messaging API.</summary>
    IHellioClient Hellio { get; }
}
