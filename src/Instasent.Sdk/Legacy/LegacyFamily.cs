using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Legacy;

/// <summary>How the shared pipeline treats the Legacy API.</summary>
internal static class LegacyFamily
{
    public static readonly InstasentFamily Descriptor = new("Legacy", o => o.Legacy, JsonErrorBodyReader.Instance);
}
