namespace Instasent.Sdk.SideBySide.Sides.Floor;

internal sealed partial class FloorSide
{
    private FloorContact[] contacts = [];

    public override void PrepareIngest(int count) =>
        contacts = [.. Enumerable.Range(0, count).Select(i => new FloorContact
        {
            UserId = Inputs.UserId(i),
            Email = Inputs.Email(i),
            PhoneMobile = Inputs.Recipient(i),
            FirstName = "Ana",
            LastName = "Garcia",
            CountryCode = "ES",
            City = "Madrid",
        })];

    public override Task<int> UpsertContactsAsync(int concurrency, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{target.Product}/project/{Wire.BenchApi.IngestProject}/datasource/{Wire.BenchApi.IngestDatasource}/stream/contacts");
        return RunBatchesAsync(contacts, 100, concurrency, async (batch, ct) =>
        {
            var answer = await PostAsync(uri, Json<IReadOnlyList<FloorContact>>(batch, FloorJson.Default.IReadOnlyListFloorContact), FloorJson.Default.FloorIngestResponse, ct).ConfigureAwait(false);
            return answer.Accepted?.Count ?? 0;
        }, cancellationToken);
    }
}
