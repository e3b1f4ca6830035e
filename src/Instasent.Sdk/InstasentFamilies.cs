using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Transactional;

namespace Instasent.Sdk;

/// <summary>
/// Every API family the SDK registers: the composition root, the one place that knows both the pipeline and the
/// families. A new family adds one line here (its descriptor and its client on the facade, which dependency injection
/// also serves directly, keyed by client name); the pipeline folders (<c>Http</c>, <c>Errors</c>, <c>Batching</c>,
/// <c>Paging</c>, <c>Diagnostics</c>, <c>Serialization</c>, <c>Validation</c>, <c>RateLimiting</c>) never name a family.
/// </summary>
internal static class InstasentFamilies
{
    public static IReadOnlyList<InstasentFamilyRegistration> Registrations { get; } =
    [
        InstasentFamilyRegistration.For(LegacyFamily.Descriptor, static c => c.Legacy),
        InstasentFamilyRegistration.For(TransactionalFamily.Descriptor, static c => c.Transactional),
        InstasentFamilyRegistration.For(ProductFamily.Descriptor, static c => c.Product),
        InstasentFamilyRegistration.For(IngestFamily.Descriptor, static c => c.Ingest),
        InstasentFamilyRegistration.For(LynSmsFamily.Descriptor, static c => c.LynSms),
        InstasentFamilyRegistration.For(HellioFamily.Descriptor, static c => c.Hellio),
    ];

    public static IReadOnlyList<InstasentFamily> All { get; } = [.. Registrations.Select(static r => r.Family)];
}
