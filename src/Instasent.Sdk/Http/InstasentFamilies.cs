using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Transactional;

namespace Instasent.Sdk.Http;

/// <summary>Every API family the SDK registers. A new family adds one line here and nothing else in the pipeline.</summary>
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
