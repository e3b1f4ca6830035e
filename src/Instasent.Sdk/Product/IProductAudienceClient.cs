using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Instasent.Sdk.Product.Filters;

namespace Instasent.Sdk.Product;

/// <summary>
/// The unified audience of a project (<see cref="IProductClient.Audience"/>): contact reads, searches, the contact
/// scroll, aggregations, and the subscribe / unsubscribe / delete stream actions.
/// </summary>
public interface IProductAudienceClient
{
    /// <summary>Gets a contact by its audience id.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact.</returns>
    Task<InstasentResponse<AudienceContact>> GetContactAsync(string audienceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a contact by the value of any of the project's unique attributes (user id, e-mail, phone...).</summary>
    /// <param name="userId">The value.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact.</returns>
    Task<InstasentResponse<AudienceContact>> GetContactByUserIdAsync(string userId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Finds up to 10 contacts by phone number (normalised by the server; the <c>+</c> is sent as <c>%2B</c>).</summary>
    /// <param name="phone">The phone number, E.164.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matches (the server answers either a list or one entity; both are read).</returns>
    Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByPhoneAsync(string phone, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Finds up to 10 contacts by e-mail.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matches.</returns>
    Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByEmailAsync(string email, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Searches the audience with a filter (<c>POST /audience/search</c>): at most 50 results, no cursor. Use
    /// <see cref="ListContactsAsync"/> to read every match.
    /// </summary>
    /// <param name="filter">The filter; its <see cref="QueryFilter.Limit"/> must be 50 or less.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The hits and the total number of matches.</returns>
    Task<InstasentResponse<ProductSearchResult<AudienceContact>>> SearchContactsAsync(QueryFilter filter, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the whole audience, or the part matching a filter, with the audience scroll (<c>POST /audience/scroll</c>).</summary>
    /// <remarks>
    /// Cursor scroll (the continuation token is the server's cursor, which can be stored to resume later): the list ends
    /// when the server hands out no next cursor, or at an empty page. A cursor handed out before in this listing, or a
    /// page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of looping. The page
    /// size (<c>limit</c>) is the <c>pageSizeHint</c> of <see cref="InstasentPageable{T}.AsPages"/>, else
    /// <see cref="QueryFilter.Limit"/>, else 100; at most 100.
    /// </remarks>
    /// <param name="filter">The filter, or <see langword="null"/> for every contact.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The contacts, fetched lazily page by page.</returns>
    InstasentPageable<AudienceContact> ListContactsAsync(QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Runs aggregations over the audience, or the part matching a filter.</summary>
    /// <remarks>
    /// Experimental (<c>INSTASENT0004</c>): the aggregation syntax is undocumented and the response shape
    /// (<c>entities</c> keyed by aggregation name, <c>metadata.totalHits</c>) and required scope come from one
    /// third-party source only, so this method and its result may change.
    /// </remarks>
    /// <param name="aggregations">A JSON object keyed by aggregation name.</param>
    /// <param name="filter">The filter, or <see langword="null"/> for every contact.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The results by aggregation name, and the number of contacts they ran over.</returns>
    [Experimental("INSTASENT0004")]
    Task<InstasentResponse<AudienceAggregations>> AggregateAsync(JsonElement aggregations, QueryFilter? filter = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes a contact to SMS (<c>sms-subscribe</c> stream action).</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="sync">Whether the server processes the action before answering (<c>_sync=true</c>) instead of queuing it.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (202 queued, 200 processed, 204 nothing to do) and the raw body.</returns>
    Task<InstasentResponse<AudienceActionResult>> SubscribeSmsAsync(string audienceId, bool sync = false, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes a contact from SMS (<c>sms-unsubscribe</c> stream action).</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="options">The reason, UTM values and <c>_sync</c>, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (202 queued, 200 processed, 204 nothing to do) and the raw body.</returns>
    Task<InstasentResponse<AudienceActionResult>> UnsubscribeSmsAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes a contact to e-mail (<c>email-subscribe</c> stream action).</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="sync">Whether the server processes the action before answering (<c>_sync=true</c>) instead of queuing it.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (202 queued, 200 processed, 204 nothing to do) and the raw body.</returns>
    Task<InstasentResponse<AudienceActionResult>> SubscribeEmailAsync(string audienceId, bool sync = false, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes a contact from e-mail (<c>email-unsubscribe</c> stream action).</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="options">The reason, UTM values and <c>_sync</c>, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (202 queued, 200 processed, 204 nothing to do) and the raw body.</returns>
    Task<InstasentResponse<AudienceActionResult>> UnsubscribeEmailAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact permanently (<c>delete-contact</c> stream action).</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="sync">Whether the server processes the action before answering (<c>_sync=true</c>) instead of queuing it.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (202 queued, 200 processed, 204 nothing to do) and the raw body.</returns>
    Task<InstasentResponse<AudienceActionResult>> DeleteContactAsync(string audienceId, bool sync = false, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
