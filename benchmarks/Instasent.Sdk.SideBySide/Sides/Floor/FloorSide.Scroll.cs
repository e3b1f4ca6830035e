namespace Instasent.Sdk.SideBySide.Sides.Floor;

internal sealed partial class FloorSide
{
    public override async Task<long> ScrollAudienceAsync(string project, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{target.Product}/project/{project}/audience/scroll");
        var request = new FloorScrollRequest();
        long read = 0;
        do
        {
            var page = await PostAsync(uri, Json(request, FloorJson.Default.FloorScrollRequest), FloorJson.Default.FloorScrollPage, cancellationToken).ConfigureAwait(false);
            foreach (var contact in page.Entities ?? [])
            {
                read += contact.Id is null ? 0 : 1;
            }

            request.Cursor = page.Metadata?.Cursor;
        }
        while (request.Cursor is not null);

        return read;
    }
}
