using Instasent.Sdk.Http;

namespace Instasent.Sdk.Paging;

/// <summary>
/// Builds the <see cref="PagedSequence{T}"/> of a list. A family says only how to fetch one page (by number, by offset
/// or by cursor, with the page size the core resolved from the caller's hint and the list's <see cref="PageSize"/>), how to read it into a
/// <see cref="ListPage{T}"/> and what identifies an item.
/// </summary>
internal static class PagedSequence
{
    /// <summary>A list read by page number (<c>page=1, 2, …</c>).</summary>
    public static PagedSequence<T> ByPageNumber<T>(
        InstasentOperation operation,
        PageSize size,
        Func<int, int, CancellationToken, Task<ListPage<T>>> fetchPage,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        new(operation, PageTokenKind.PageNumber, 1, size, fetchPage, null, identity, cancellationToken);

    /// <summary>A list read by item offset (<c>_start=0, 100, …</c>), starting at <paramref name="firstOffset"/>.</summary>
    public static PagedSequence<T> ByOffset<T>(
        InstasentOperation operation,
        int firstOffset,
        PageSize size,
        Func<int, int, CancellationToken, Task<ListPage<T>>> fetchAt,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        new(operation, PageTokenKind.Offset, firstOffset, size, fetchAt, null, identity, cancellationToken);

    /// <summary>A list read by server cursor; the first page is fetched with a <see langword="null"/> cursor.</summary>
    public static PagedSequence<T> ByCursor<T>(
        InstasentOperation operation,
        PageSize size,
        Func<string?, int, CancellationToken, Task<ListPage<T>>> fetchAfter,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        new(operation, PageTokenKind.Cursor, 0, size, null, fetchAfter, identity, cancellationToken);

    /// <summary>
    /// A list the API answers in one request, with no paging parameters (webhook endpoints, dynamic segments, SMS
    /// senders): its only page is also its last, so <c>List…</c> is pageable in every family.
    /// </summary>
    public static PagedSequence<T> SinglePage<T>(
        InstasentOperation operation,
        Func<CancellationToken, Task<InstasentResponse<IReadOnlyList<T>>>> fetch,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        ByCursor(
            operation,
            PageSize.None,
            async (_, _, ct) => new ListPage<T>(await fetch(ct).ConfigureAwait(false)) { IsLast = true },
            identity,
            cancellationToken);
}
