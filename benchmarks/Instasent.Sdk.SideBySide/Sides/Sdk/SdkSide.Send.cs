using Instasent.Sdk.Sms;

namespace Instasent.Sdk.SideBySide.Sides.Sdk;

internal sealed partial class SdkSide
{
    private static readonly SmsRequest Message = new(Inputs.From, Inputs.To, Inputs.Text);

    public override async Task SendSmsAsync(CancellationToken cancellationToken)
    {
        var response = await client.Transactional.SendSmsAsync(Message, cancellationToken).ConfigureAwait(false);
        if (response.Value.Id is null)
        {
            throw new InvalidOperationException("The answer had no message id.");
        }
    }
}
