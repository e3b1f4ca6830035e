using Instasent.Sdk.Sms;

namespace Instasent.Sdk.SideBySide.Sides.Sdk;

internal sealed partial class SdkSide
{
    private SmsRequest[] bulk = [];

    public override void PrepareBulk(int count) =>
        bulk = [.. Enumerable.Range(0, count).Select(i => new SmsRequest(Inputs.From, Inputs.Recipient(i), Inputs.Text))];

    // The SDK sends InstasentClientOptions.BulkConcurrency batches at once (the default); the harness gives the floor
    // that same number.
    public override async Task<int> SendBulkAsync(int concurrency, CancellationToken cancellationToken)
    {
        var result = await client.Transactional.SendBulkSmsAsync(bulk, bulkOptions, cancellationToken).ConfigureAwait(false);
        return result.AcceptedCount;
    }
}
