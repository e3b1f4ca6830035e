namespace Instasent.Sdk.SideBySide.Sides.Floor;

internal sealed partial class FloorSide
{
    private FloorSmsMessage[] bulk = [];

    public override void PrepareBulk(int count) =>
        bulk = [.. Enumerable.Range(0, count).Select(i => new FloorSmsMessage { From = Inputs.From, To = Inputs.Recipient(i), Text = Inputs.Text })];

    public override Task<int> SendBulkAsync(int concurrency, CancellationToken cancellationToken)
    {
        var uri = new Uri(target.Transactional + "/sms/bulk");
        return RunBatchesAsync(bulk, 100, concurrency, async (batch, ct) =>
        {
            var answer = await PostAsync(uri, Json<IReadOnlyList<FloorSmsMessage>>(batch, FloorJson.Default.IReadOnlyListFloorSmsMessage), FloorJson.Default.FloorBulkResponse, ct).ConfigureAwait(false);
            return answer.Entities?.Count ?? 0;
        }, cancellationToken);
    }
}
