using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Transactional;

internal sealed class TransactionalClient : InstasentSmsClient, ITransactionalClient
{
    public TransactionalClient(IInstasentSmsApi api, InstasentOperationExecutor executor)
        : base(api, executor)
    {
    }
}
