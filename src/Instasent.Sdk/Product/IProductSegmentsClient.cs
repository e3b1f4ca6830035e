using Instasent.Sdk.Product.Filters;

namespace Instasent.Sdk.Product;

/// <summary>The segments of a project and their contacts (<see cref="IProductClient.Segments"/>).</summary>
public interface IProductSegmentsClient
{
    /// <summary>Lists segments, page by page as you enumerate.</summary>
    /// <remarks>
    /// Offset paging (<c>_start</c>/<c>_limit</c>; the continuation token is the next offset): items added or deleted
    /// while the list is read shift the pages, so an item may be skipped or returned twice. A page shorter than asked
    /// for does not end the list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c>
    /// (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same
    /// page again (for example because it ignores <c>_start</c>) ends the listing with
    /// <see cref="Errors.InstasentPagingException"/> instead of repeating items. The page size is
    /// <see cref="IndexQuery.Limit"/> (default 100), or the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>
    /// (at most 100).
    /// </remarks>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The segments.</returns>
    InstasentPageable<Segment> ListSegmentsAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the dynamic segments that need no parameter.</summary>
    /// <remarks>The API answers this list in one response (no paging parameters), so the pageable has one page.</remarks>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The segments.</returns>
    InstasentPageable<Segment> ListDynamicSegmentsAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a segment.</summary>
    /// <param name="segmentUid">The segment UID.</param>
    /// <param name="parameter">The parameter of a dynamic segment, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The segment.</returns>
    Task<InstasentResponse<Segment>> GetSegmentAsync(string segmentUid, string? parameter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the contacts of a segment with the segment scroll (<c>POST /audience/segment/{segmentUid}/scroll</c>).</summary>
    /// <remarks>
    /// Cursor scroll (the continuation token is the server's cursor, which can be stored to resume later): the list ends
    /// when the server hands out no next cursor, or at an empty page. A cursor handed out before in this listing, or a
    /// page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of looping. The page
    /// size (<c>limit</c>) is the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>, else
    /// <see cref="QueryFilter.Limit"/>, else 100; at most 100.
    /// </remarks>
    /// <param name="segmentUid">The segment UID.</param>
    /// <param name="parameter">The parameter of a dynamic segment (for example <c>val1|val2</c>), or <see langword="null"/>.</param>
    /// <param name="filter">A filter on top of the segment, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The contacts, fetched lazily page by page.</returns>
    InstasentPageable<AudienceContact> ListContactsAsync(string segmentUid, string? parameter = null, QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
