namespace Instasent.Sdk.Hellio;

/// <summary>The USSD part of the Hellio API (ability <c>ussd</c>; money comes from a dedicated USSD balance).</summary>
public interface IHellioUssdClient
{
    /// <summary>Gets session and extension prices (<c>GET /ussd/pricing</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The prices.</returns>
    Task<InstasentResponse<HellioUssdPricing>> GetPricingAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks whether an extension code can be rented (<c>GET /ussd/pricing/availability</c>).</summary>
    /// <param name="code">The extension digits.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The availability.</returns>
    Task<InstasentResponse<HellioUssdAvailability>> CheckAvailabilityAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Lists apps lazily (<c>GET /ussd/apps</c>).</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The apps.</returns>
    IAsyncEnumerable<HellioUssdApp> ListAppsAsync(int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of apps.</summary>
    /// <param name="cursor">The cursor of the page; <see langword="null"/> for the first.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<HellioPage<HellioUssdApp>>> GetAppsPageAsync(string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Creates an app (<c>POST /ussd/apps</c>); it starts in test mode, and both secrets are in this response only.</summary>
    /// <param name="request">The app.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app with its secrets.</returns>
    Task<InstasentResponse<HellioUssdApp>> CreateAppAsync(HellioUssdAppRequest request, CancellationToken cancellationToken = default);

    /// <summary>Updates an app (<c>PUT /ussd/apps/{id}</c>).</summary>
    /// <param name="id">The app id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app.</returns>
    Task<InstasentResponse<HellioUssdApp>> UpdateAppAsync(string id, HellioUssdAppRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an app (<c>DELETE /ussd/apps/{id}</c>).</summary>
    /// <param name="id">The app id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id removed.</returns>
    Task<InstasentResponse<HellioDeleted>> DeleteAppAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Switches an app between test and live (<c>POST /ussd/apps/{id}/mode</c>); going live needs a rented extension (402 <c>extension_required</c>).</summary>
    /// <param name="id">The app id.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app.</returns>
    Task<InstasentResponse<HellioUssdApp>> SetModeAsync(string id, HellioUssdMode mode, CancellationToken cancellationToken = default);

    /// <summary>Replaces the signing secret of one mode (<c>POST /ussd/apps/{id}/rotate-secret</c>); the old secret stops working at once.</summary>
    /// <param name="id">The app id.</param>
    /// <param name="mode">The mode whose secret to rotate.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app with the new secret.</returns>
    Task<InstasentResponse<HellioUssdApp>> RotateSecretAsync(string id, HellioUssdMode mode, CancellationToken cancellationToken = default);

    /// <summary>Lists rented extensions lazily (<c>GET /ussd/extensions</c>).</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The extensions.</returns>
    IAsyncEnumerable<HellioUssdExtension> ListExtensionsAsync(int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of rented extensions.</summary>
    /// <param name="cursor">The cursor of the page; <see langword="null"/> for the first.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<HellioPage<HellioUssdExtension>>> GetExtensionsPageAsync(string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Rents an extension (<c>POST /ussd/extensions</c>): 409 <c>extension_unavailable</c> when taken, 402 <c>insufficient_ussd_balance</c>.</summary>
    /// <param name="request">The extension.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The extension.</returns>
    Task<InstasentResponse<HellioUssdExtension>> RentExtensionAsync(HellioUssdExtensionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Releases an extension (<c>DELETE /ussd/extensions/{id}</c>).</summary>
    /// <param name="id">The extension id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id removed.</returns>
    Task<InstasentResponse<HellioDeleted>> ReleaseExtensionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists sessions lazily (<c>GET /ussd/sessions</c>).</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="status">A status to filter on (<c>active</c>, <c>ended</c>, <c>timeout</c>, <c>failed</c>), or <see langword="null"/>.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The sessions.</returns>
    IAsyncEnumerable<HellioUssdSession> ListSessionsAsync(string? status = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of sessions.</summary>
    /// <param name="status">A status to filter on, or <see langword="null"/>.</param>
    /// <param name="cursor">The cursor of the page; <see langword="null"/> for the first.</param>
    /// <param name="pageSize">Items per page, 1 to 200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<InstasentResponse<HellioPage<HellioUssdSession>>> GetSessionsPageAsync(string? status = null, string? cursor = null, int pageSize = 100, CancellationToken cancellationToken = default);

    /// <summary>Gets a session (<c>GET /ussd/sessions/{id}</c>).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    Task<InstasentResponse<HellioUssdSession>> GetSessionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Simulates one step of a session against your app (<c>POST /ussd/simulate</c>); 422 <c>unknown_app</c> for an app you do not own.</summary>
    /// <param name="request">The step.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app's answer.</returns>
    Task<InstasentResponse<HellioUssdSimulation>> SimulateAsync(HellioUssdSimulateRequest request, CancellationToken cancellationToken = default);
}
