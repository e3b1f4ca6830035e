using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Transactional;

/// <summary>How the shared pipeline treats the Transactional API.</summary>
internal static class TransactionalFamily
{
    public static readonly InstasentFamily Descriptor = new("Transactional", o => o.Transactional, JsonErrorBodyReader.Instance);
}
