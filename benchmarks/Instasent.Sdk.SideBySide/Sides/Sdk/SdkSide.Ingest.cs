using Instasent.Sdk.Ingest;

namespace Instasent.Sdk.SideBySide.Sides.Sdk;

internal sealed partial class SdkSide
{
    private IngestContact[] contacts = [];

    public override void PrepareIngest(int count) => contacts = [.. Enumerable.Range(0, count).Select(Contact)];

    private static IngestContact Contact(int i) => new IngestContact(Inputs.UserId(i))
    {
        Email = Inputs.Email(i),
        PhoneMobile = Inputs.Recipient(i),
        FirstName = "Ana",
        LastName = "Garcia",
        CountryCode = "ES",
    }.WithAttribute("city", "Madrid");

    public override async Task<int> UpsertContactsAsync(int concurrency, CancellationToken cancellationToken)
    {
        var result = await client.Ingest.Datasource(Datasource).UpsertContactsAsync(contacts, requestOptions: bulkOptions, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.AcceptedCount;
    }

    public override async Task<long> StreamContactsAsync(long count, int concurrency, CancellationToken cancellationToken)
    {
        long accepted = 0;
        await foreach (var outcome in client.Ingest.Datasource(Datasource).UpsertContactsStreamingAsync(Generate(count, cancellationToken), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Status == Batching.BatchItemStatus.Accepted)
            {
                accepted++;
            }
        }

        return accepted;
    }

    private static async IAsyncEnumerable<IngestContact> Generate(long count, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Contact(i);

            if (i % 100 == 99)
            {
                await Task.Yield();
            }
        }
    }
}
