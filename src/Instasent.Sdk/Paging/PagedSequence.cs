using Instasent.Sdk.Http;

namespace Instasent.Sdk.Paging;

/// <summary>
/// Builds the <see cref="PagedSequence{T}"/> of a list. A family says only how to fetch one page (by number, by offset
/// or by cursor, with the caller's page-size hint or <see langword="null"/>), how to read it into a
/// <see cref="ListPage{T}"/> and what identifies an item.
/// </summary>
internal static class PagedSequence
{
    /// <summary>A list read by page number (<c>page=1, 2, …</c>).</summary>
    public static PagedSequence<T> ByPageNumber<T>(
        InstasentOperation operation,
        Func<int, int?, CancellationToken, Task<ListPage<T>>> fetchPage,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        new(operation, PageTokenKind.PageNumber, 1, fetchPage, null, identity, cancellationToken);

    /// <summary>A list read by item offset (<c>_start=0, 100, …</c>), starting at <paramref name="firstOffset"/>.</summary>
    public static PagedSequence<T> ByOffset<T>(
        InstasentOperation operation,
        int firstOffset,
        Func<int, int?, CancellationToken, Task<ListPage<T>>> fetchAt,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        new(operation, PageTokenKind.Offset, firstOffset, fetchAt, null, identity, cancellationToken);

    /// <summary>A list read by server cursor; the first page is fetched with a <see langword="null"/> cursor.</summary>
    public static PagedSequence<T> ByCursor<T>(
        InstasentOperation operation,
        Func<string?, int?, CancellationToken, Task<ListPage<T>>> fetchAfter,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        new(operation, PageTokenKind.Cursor, 0, null, fetchAfter, identity, cancellationToken);
}
