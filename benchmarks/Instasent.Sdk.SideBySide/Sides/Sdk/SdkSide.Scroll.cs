namespace Instasent.Sdk.SideBySide.Sides.Sdk;

internal sealed partial class SdkSide
{
    public override async Task<long> ScrollAudienceAsync(string project, CancellationToken cancellationToken)
    {
        long read = 0;
        await foreach (var contact in client.Product.ScrollAudienceAsync(project: project, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            read += contact.Id is null ? 0 : 1;
        }

        return read;
    }
}
