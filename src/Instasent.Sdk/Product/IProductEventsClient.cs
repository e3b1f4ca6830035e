using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Instasent.Sdk.Product.Filters;

namespace Instasent.Sdk.Product;

/// <summary>The events of a project's audience (<see cref="IProductClient.Events"/>): event search, the event scroll and a contact's latest events.</summary>
public interface IProductEventsClient
{
    /// <summary>
    /// Searches events with an event filter (<c>POST /event/search</c>): at most 50 results, no cursor. Use
    /// <see cref="ListEventsAsync"/> to read every match.
    /// </summary>
    /// <param name="filter">The event filter; its <see cref="QueryFilter.Limit"/> must be 50 or less.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hits and the total number of matches.</returns>
    Task<InstasentResponse<ProductSearchResult<AudienceEvent>>> SearchEventsAsync(QueryFilter filter, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the events matching an event filter with the event scroll (<c>POST /event/scroll</c>).</summary>
    /// <remarks>
    /// Cursor scroll (the continuation token is the server's cursor, which can be stored to resume later): the list ends
    /// when the server hands out no next cursor, or at an empty page. A cursor handed out before in this listing, or a
    /// page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of looping. The page
    /// size (<c>limit</c>) is the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>, else
    /// <see cref="QueryFilter.Limit"/>, else 100; at most 100.
    /// </remarks>
    /// <param name="filter">The event filter, or <see langword="null"/> for every event.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events, fetched lazily page by page.</returns>
    InstasentPageable<AudienceEvent> ListEventsAsync(QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the latest events of a contact, classified by type, as raw JSON.</summary>
    /// <remarks>
    /// Experimental (<c>INSTASENT0004</c>): the sources say only "latest events classified by type"; the response shape
    /// is undocumented, so the result stays raw JSON and may become a typed model.
    /// </remarks>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response body.</returns>
    [Experimental("INSTASENT0004")]
    Task<InstasentResponse<JsonElement>> GetContactEventsAsync(string audienceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
