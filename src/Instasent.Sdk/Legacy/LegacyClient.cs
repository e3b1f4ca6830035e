using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Legacy;

internal sealed class LegacyClient : InstasentSmsClient, ILegacyClient
{
    public LegacyClient(IInstasentSmsApi api, InstasentOperationExecutor executor)
        : base(api, executor)
    {
    }
}
