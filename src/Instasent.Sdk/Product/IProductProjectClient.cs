
namespace Instasent.Sdk.Product;

/// <summary>
/// The organization and project reads of the Product API: organization, project, attribute and event specifications,
/// datasources (<see cref="IProductClient.Project"/>).
/// </summary>
public interface IProductProjectClient
{
    /// <summary>Gets the organization, its projects and the token's scopes (<c>GET /</c>).</summary>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organization; the token's scopes are in <see cref="Organization.Scopes"/>, the plan and account block in <see cref="Organization.Details"/>.</returns>
    Task<InstasentResponse<Organization>> GetOrganizationAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a project (also the cheapest credential check: 401 bad token, 404 project not visible).</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project; the token's scopes and the unique attributes are in <see cref="Project.Scopes"/> and <see cref="Project.UniqueAttributes"/>.</returns>
    Task<InstasentResponse<Project>> GetProjectAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the contact attribute specifications of a project.</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<AttributeSpec>>> GetAttributeSpecsAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the event type specifications of a project.</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<EventSpec>>> GetEventSpecsAsync(string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the parameter specifications of one event type.</summary>
    /// <param name="eventType">The event type UID.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<EventParameterSpec>>> GetEventParameterSpecsAsync(string eventType, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the datasources of a project, page by page as you enumerate.</summary>
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
    /// <returns>The datasources.</returns>
    InstasentPageable<Datasource> ListDatasourcesAsync(IndexQuery? query = null, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an API datasource. Not retried after a failure the server may have seen (it could create two).</summary>
    /// <param name="request">The datasource.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created datasource.</returns>
    Task<InstasentResponse<Datasource>> CreateDatasourceAsync(DatasourceCreateRequest request, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a datasource.</summary>
    /// <param name="datasourceId">The datasource id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The datasource.</returns>
    Task<InstasentResponse<Datasource>> GetDatasourceAsync(string datasourceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the statistics of a datasource.</summary>
    /// <param name="datasourceId">The datasource id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, rate-limit mode, headers), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statistics.</returns>
    Task<InstasentResponse<DatasourceStats>> GetDatasourceStatsAsync(string datasourceId, string? project = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
