using System.Globalization;
using System.Runtime.CompilerServices;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Paging;

/// <summary>
/// The one paging loop of the SDK: every list of every family is one of these. It reads a page at a time, lazily, and
/// decides alone where a list ends:
/// <list type="bullet">
/// <item>An empty page ends every list, whatever else it says. A page shorter than asked for never does: servers may
/// cap the page size below what was asked (Instasent documents <c>per_page</c> default 10 and no maximum).</item>
/// <item>Otherwise only an explicit signal from the API ends a list: <see cref="ListPage{T}.IsLast"/>, a null or empty
/// next cursor, or the next offset reaching a <see cref="ListPage{T}.Total"/> the family trusts. A list without any
/// such signal costs one request more than its full pages: the empty page that ends it.</item>
/// <item>A page with the same items, in the same order, as the page before it is skipped once (its items were handed
/// out already): an offset list that gained exactly a page of items at its head between two requests shows that, and
/// reading on loses nothing. A second such page in a row ends the listing with an <see cref="InstasentPagingException"/>
/// (<see cref="PagingFailureKind.RepeatedPage"/>) before its items are handed out: a server that ignores the page
/// parameter would otherwise repeat page 1 for ever.</item>
/// <item>A cursor the server already handed out in this listing ends it with <see cref="PagingFailureKind.CursorCycle"/>
/// after the items of the current page, which are new, are handed out.</item>
/// </list>
/// Memory stays flat: only the current page, the fingerprint of the page before it and, for cursor lists, a 16-byte
/// fingerprint per cursor seen are kept. Continuation tokens are strings (a page number, an offset or the server's
/// cursor), so a caller can store one and resume a list later.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class PagedSequence<T> : InstasentPageable<T>
{
    private readonly InstasentOperation operation;
    private readonly PageTokenKind kind;
    private readonly int start;
    private readonly PageSize size;
    private readonly Func<int, int, CancellationToken, Task<ListPage<T>>>? fetchByPosition;
    private readonly Func<string?, int, CancellationToken, Task<ListPage<T>>>? fetchByCursor;
    private readonly Func<T, string?> identity;
    private readonly CancellationToken cancellationToken;

    internal PagedSequence(
        InstasentOperation operation,
        PageTokenKind kind,
        int start,
        PageSize size,
        Func<int, int, CancellationToken, Task<ListPage<T>>>? fetchByPosition,
        Func<string?, int, CancellationToken, Task<ListPage<T>>>? fetchByCursor,
        Func<T, string?> identity,
        CancellationToken cancellationToken)
    {
        this.operation = operation;
        this.kind = kind;
        this.start = start;
        this.size = size;
        this.fetchByPosition = fetchByPosition;
        this.fetchByCursor = fetchByCursor;
        this.identity = identity;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Gets the operation each page is fetched with (named in <see cref="InstasentPagingException"/>).</summary>
    public InstasentOperation Operation => operation;

    /// <inheritdoc />
    public override IAsyncEnumerable<InstasentPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
    {
        // Checked now, not at the first MoveNextAsync, so a bad token or size fails where it was passed.
        var position = 0;
        if (kind != PageTokenKind.Cursor && !TryReadPosition(continuationToken, out position))
        {
            throw new ArgumentException("The continuation token was not handed out by this kind of list.", nameof(continuationToken));
        }

        if (pageSizeHint is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "pageSizeHint must be at least 1.");
        }

        // The token given when the list was created; one given to the enumeration (WithCancellation) is linked to it by
        // the compiler-generated iterator, so both cancel the listing.
        return PagesAsync(continuationToken, position, size.Resolve(pageSizeHint), cancellationToken);
    }

    private async IAsyncEnumerable<InstasentPage<T>> PagesAsync(string? continuationToken, int position, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var token = continuationToken;

        var cursors = kind == PageTokenKind.Cursor ? new HashSet<UInt128>() : null;
        if (token is not null)
        {
            cursors?.Add(PageFingerprint.OfCursor(token));
        }

        PageFingerprint? previous = null;
        var repeats = 0;
        for (var number = 1; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = kind == PageTokenKind.Cursor
                ? await fetchByCursor!(token, pageSize, cancellationToken).ConfigureAwait(false)
                : await fetchByPosition!(position, pageSize, cancellationToken).ConfigureAwait(false);

            // Only the page before is compared: a server that ignores the page parameter repeats it at once, and
            // comparing with every earlier page would keep memory growing. One repeat is forgiven because a busy
            // account makes it happen honestly: a page's worth of new items at the head of an offset list shifts the
            // next page onto the one just read, and the page after that continues where the list really is.
            var fingerprint = PageFingerprint.Of(page.Items, identity);
            var repeated = fingerprint is not null && fingerprint == previous;
            repeats = repeated ? repeats + 1 : 0;
            if (repeats > 1)
            {
                throw Failure(PagingFailureKind.RepeatedPage, number, page);
            }

            previous = fingerprint;
            var next = NextToken(page, position);
            if (!repeated)
            {
                yield return new InstasentPage<T>(page.Response, next);
            }

            if (next is null)
            {
                yield break;
            }

            if (cursors is not null && !cursors.Add(PageFingerprint.OfCursor(next)))
            {
                throw Failure(PagingFailureKind.CursorCycle, number, page);
            }

            token = next;
            position = kind switch
            {
                PageTokenKind.PageNumber => position + 1,
                PageTokenKind.Offset => position + page.Items.Count,
                _ => 0,
            };
        }
    }

    private string? NextToken(ListPage<T> page, int position)
    {
        // An empty page ends the list even when it carries a cursor or says more follow: following it could only
        // read more empty pages or loop, and neither Hellio ("empty/absent on the last page") nor Product ("cursor
        // null = end") documents empty pages in the middle of a list.
        if (page.Items.Count == 0 || page.IsLast)
        {
            return null;
        }

        switch (kind)
        {
            case PageTokenKind.PageNumber:
                return (position + 1).ToString(CultureInfo.InvariantCulture);
            case PageTokenKind.Offset:
                var next = position + page.Items.Count;
                return page.Total is { } total && next >= total ? null : next.ToString(CultureInfo.InvariantCulture);
            default:
                return string.IsNullOrEmpty(page.NextCursor) ? null : page.NextCursor;
        }
    }

    private bool TryReadPosition(string? token, out int position)
    {
        if (token is null)
        {
            position = start;
            return true;
        }

        var least = kind == PageTokenKind.PageNumber ? 1 : 0;
        return int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out position) && position >= least;
    }

    private InstasentPagingException Failure(PagingFailureKind failure, int number, ListPage<T> page) =>
        new(failure, number, new InstasentErrorInfo
        {
            Operation = operation.DisplayName,
            StatusCode = page.Response.StatusCode,
            RequestId = page.Response.RequestId,
            RateLimit = page.Response.RateLimit,
            Attempts = page.Response.Attempts,
            Hint = failure == PagingFailureKind.RepeatedPage
                ? "The server may ignore the page, offset or cursor parameter, or the list changed faster than it could be read; the repeated items were not returned."
                : "Following the cursor would read pages already read; every item returned so far was read once.",
        });
}
