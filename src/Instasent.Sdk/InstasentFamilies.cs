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
/// families. A new family adds one line here; the pipeline folders (<c>Http</c>, <c>Errors</c>, <c>Batching</c>,
/// <c>Paging</c>, <c>Diagnostics</c>) never name a family.
/// </summary>
internal static class InstasentFamilies
{
    public static IReadOnlyList<InstasentFamily> All { get; } =
    [
        LegacyFamily.Descriptor,
        TransactionalFamily.Descriptor,
        ProductFamily.Descriptor,
        IngestFamily.Descriptor,
        LynSmsFamily.Descriptor,
        HellioFamily.Descriptor,
    ];
}
