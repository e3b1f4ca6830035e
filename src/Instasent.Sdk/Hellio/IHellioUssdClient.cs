namespace Instasent.Sdk.Hellio;

/// <summary>The USSD part of the Hellio API (ability <c>ussd</c>; money comes from a dedicated USSD balance).</summary>
/// <remarks>
/// Every list is an <see cref="InstasentPageable{T}"/> over Hellio's cursors, 200 items per page unless a smaller
/// <c>pageSizeHint</c> is given to <see cref="InstasentPageable{T}.AsPages"/>. Domain verbs are used where no
/// Get/List/Create/Update/Delete fits: <see cref="CheckAvailabilityAsync"/> reads no resource,
/// <see cref="RotateAppSecretAsync"/> replaces a secret (and kills the old one), <see cref="RentExtensionAsync"/> and
/// <see cref="ReleaseExtensionAsync"/> are paid rentals, <see cref="SimulateAsync"/> runs one step of a session.
/// </remarks>
public interface IHellioUssdClient
{
    /// <summary>Gets session and extension prices (<c>GET /ussd/pricing</c>).</summary>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The prices.</returns>
    Task<InstasentResponse<HellioUssdPricing>> GetPricingAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Checks whether an extension code can be rented (<c>GET /ussd/pricing/availability</c>).</summary>
    /// <param name="code">The extension digits.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The availability.</returns>
    Task<InstasentResponse<HellioUssdAvailability>> CheckAvailabilityAsync(string code, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists apps lazily (<c>GET /ussd/apps</c>), following <c>meta.next_cursor</c>.</summary>
    /// <param name="requestOptions">Options for every page request of this list (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The apps; <see cref="InstasentPageable{T}.AsPages"/> gives the pages and resumes from a stored cursor.</returns>
    InstasentPageable<HellioUssdApp> ListAppsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an app (<c>POST /ussd/apps</c>); it starts in test mode, and both secrets are in this response only.</summary>
    /// <param name="request">The app.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app with its secrets.</returns>
    Task<InstasentResponse<HellioUssdApp>> CreateAppAsync(HellioUssdAppRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Updates an app (<c>PUT /ussd/apps/{id}</c>).</summary>
    /// <param name="id">The app id.</param>
    /// <param name="request">The new values.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app.</returns>
    Task<InstasentResponse<HellioUssdApp>> UpdateAppAsync(string id, HellioUssdAppRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes an app (<c>DELETE /ussd/apps/{id}</c>).</summary>
    /// <param name="id">The app id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id removed.</returns>
    Task<InstasentResponse<HellioDeleted>> DeleteAppAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Switches an app between test and live (<c>POST /ussd/apps/{id}/mode</c>): an update of one field of the app, hence
    /// the name; going live needs a rented extension (402 <c>extension_required</c>).
    /// </summary>
    /// <param name="id">The app id.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app.</returns>
    Task<InstasentResponse<HellioUssdApp>> UpdateAppModeAsync(string id, HellioUssdMode mode, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the signing secret of one mode (<c>POST /ussd/apps/{id}/rotate-secret</c>); the old secret stops working
    /// at once. "Rotate", not "Update": the caller gives no value, the server makes a new secret, and repeating the call
    /// kills the secret the first one returned (so it is never retried).
    /// </summary>
    /// <param name="id">The app id.</param>
    /// <param name="mode">The mode whose secret to rotate.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app with the new secret.</returns>
    Task<InstasentResponse<HellioUssdApp>> RotateAppSecretAsync(string id, HellioUssdMode mode, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists rented extensions lazily (<c>GET /ussd/extensions</c>), following <c>meta.next_cursor</c>.</summary>
    /// <param name="requestOptions">Options for every page request of this list (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The extensions; <see cref="InstasentPageable{T}.AsPages"/> gives the pages and resumes from a stored cursor.</returns>
    InstasentPageable<HellioUssdExtension> ListExtensionsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Rents an extension (<c>POST /ussd/extensions</c>): 409 <c>extension_unavailable</c> when taken, 402 <c>insufficient_ussd_balance</c>.</summary>
    /// <param name="request">The extension.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The extension.</returns>
    Task<InstasentResponse<HellioUssdExtension>> RentExtensionAsync(HellioUssdExtensionRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Releases an extension (<c>DELETE /ussd/extensions/{id}</c>).</summary>
    /// <param name="id">The extension id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id removed.</returns>
    Task<InstasentResponse<HellioDeleted>> ReleaseExtensionAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Lists sessions lazily (<c>GET /ussd/sessions</c>), following <c>meta.next_cursor</c>.</summary>
    /// <param name="status">A status to filter on (for example <see cref="HellioUssdSessionStatus.Ended"/>), or <see langword="null"/> for all.</param>
    /// <param name="requestOptions">Options for every page request of this list (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The sessions; <see cref="InstasentPageable{T}.AsPages"/> gives the pages and resumes from a stored cursor.</returns>
    InstasentPageable<HellioUssdSession> ListSessionsAsync(HellioUssdSessionStatus? status = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a session (<c>GET /ussd/sessions/{id}</c>).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    Task<InstasentResponse<HellioUssdSession>> GetSessionAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);

    /// <summary>Simulates one step of a session against your app (<c>POST /ussd/simulate</c>); 422 <c>unknown_app</c> for an app you do not own.</summary>
    /// <param name="request">The step.</param>
    /// <param name="requestOptions">Options for this call (token, timeout, headers, …); <see langword="null"/> for the client's.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The app's answer.</returns>
    Task<InstasentResponse<HellioUssdSimulation>> SimulateAsync(HellioUssdSimulateRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default);
}
