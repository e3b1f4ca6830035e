namespace Instasent.Sdk.SideBySide.Sides.Floor;

internal sealed partial class FloorSide
{
    private static readonly FloorSmsMessage Message = new() { From = Inputs.From, To = Inputs.To, Text = Inputs.Text };
    private Uri? smsUri;

    public override async Task SendSmsAsync(CancellationToken cancellationToken)
    {
        smsUri ??= new Uri(target.Transactional + "/sms");
        var sms = await PostAsync(smsUri, Json(Message, FloorJson.Default.FloorSmsMessage), FloorJson.Default.FloorSmsEntity, cancellationToken).ConfigureAwait(false);
        if (sms.Entity?.Id is null)
        {
            throw new InvalidOperationException("The answer had no message id.");
        }
    }
}
