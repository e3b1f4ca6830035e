
namespace Instasent.Sdk.Product;

/// <summary>The campaigns and automations of a project, read-only (<see cref="IProductClient.Campaigns"/>).</summary>
public interface IProductCampaignsClient
{
    /// <summary>Lists campaigns (filter for example with <c>Where("status", IndexOperator.Equal, "sent")</c>).</summary>
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
    /// <returns>The campaigns.</returns>
    InstasentPageable<Campaign> ListCampaignsAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a campaign.</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign.</returns>
    Task<InstasentResponse<Campaign>> GetCampaignAsync(string campaignId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists automations.</summary>
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
    /// <returns>The automations.</returns>
    InstasentPageable<Automation> ListAutomationsAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an automation.</summary>
    /// <param name="automationId">The automation id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The automation.</returns>
    Task<InstasentResponse<Automation>> GetAutomationAsync(string automationId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
