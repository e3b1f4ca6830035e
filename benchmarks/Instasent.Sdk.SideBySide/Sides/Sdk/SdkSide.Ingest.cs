using Instasent.Sdk.Ingest;

namespace Instasent.Sdk.SideBySide.Sides.Sdk;

internal sealed partial class SdkSide
{
    private IngestContact[] contacts = [];

    public override void PrepareIngest(int count) =>
        contacts = [.. Enumerable.Range(0, count).Select(i => new IngestContact(Inputs.UserId(i))
        {
            Email = Inputs.Email(i),
            PhoneMobile = Inputs.Recipient(i),
            FirstName = "Ana",
            LastName = "Garcia",
            CountryCode = "ES",
        }.WithAttribute("city", "Madrid"))];

    public override async Task<int> UpsertContactsAsync(int concurrency, CancellationToken cancellationToken)
    {
        var result = await client.Ingest.Datasource(Datasource).UpsertContactsAsync(contacts, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.AcceptedCount;
    }
}
