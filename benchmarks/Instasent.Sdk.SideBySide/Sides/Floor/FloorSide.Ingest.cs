namespace Instasent.Sdk.SideBySide.Sides.Floor;

internal sealed partial class FloorSide
{
    private FloorContact[] contacts = [];

    public override void PrepareIngest(int count) => contacts = [.. Enumerable.Range(0, count).Select(Contact)];

    private static FloorContact Contact(int i) => new()
    {
        UserId = Inputs.UserId(i),
        Email = Inputs.Email(i),
        PhoneMobile = Inputs.Recipient(i),
        FirstName = "Ana",
        LastName = "Garcia",
        CountryCode = "ES",
        City = "Madrid",
    };

    public override Task<int> UpsertContactsAsync(int concurrency, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{target.Product}/project/{Wire.BenchApi.IngestProject}/datasource/{Wire.BenchApi.IngestDatasource}/stream/contacts");
        return RunBatchesAsync(contacts, 100, concurrency, async (batch, ct) =>
        {
            var answer = await PostAsync(uri, Json<IReadOnlyList<FloorContact>>(batch, FloorJson.Default.IReadOnlyListFloorContact), FloorJson.Default.FloorIngestResponse, ct).ConfigureAwait(false);
            return answer.Accepted?.Count ?? 0;
        }, cancellationToken);
    }

    public override async Task<long> StreamContactsAsync(long count, int concurrency, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{target.Product}/project/{Wire.BenchApi.IngestProject}/datasource/{Wire.BenchApi.IngestDatasource}/stream/contacts");
        using var gate = new SemaphoreSlim(concurrency, concurrency);
        var running = new List<Task<int>>();
        long accepted = 0;
        var batch = new List<FloorContact>(100);
        await foreach (var contact in Generate(count, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(contact);
            if (batch.Count == 100)
            {
                await Dispatch(batch).ConfigureAwait(false);
                batch = new List<FloorContact>(100);
            }
        }

        if (batch.Count > 0)
        {
            await Dispatch(batch).ConfigureAwait(false);
        }

        foreach (var n in await Task.WhenAll(running).ConfigureAwait(false))
        {
            accepted += n;
        }

        return accepted;

        async Task Dispatch(List<FloorContact> items)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            running.Add(Send(items));
            // Finished batches are counted and dropped, so nothing grows with the number of records.
            for (var i = running.Count - 1; i >= 0; i--)
            {
                if (running[i].IsCompleted)
                {
                    accepted += await running[i].ConfigureAwait(false);
                    running.RemoveAt(i);
                }
            }
        }

        async Task<int> Send(List<FloorContact> items)
        {
            try
            {
                var answer = await PostAsync(uri, Json<IReadOnlyList<FloorContact>>(items, FloorJson.Default.IReadOnlyListFloorContact), FloorJson.Default.FloorIngestResponse, cancellationToken).ConfigureAwait(false);
                return answer.Accepted?.Count ?? 0;
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private static async IAsyncEnumerable<FloorContact> Generate(long count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Contact(i);

            // An export yields asynchronously now and then (a page read); without any await the generator would run synchronously.
            if (i % 100 == 99)
            {
                await Task.Yield();
            }
        }
    }
}
