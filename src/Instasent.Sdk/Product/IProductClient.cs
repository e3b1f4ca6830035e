using System.Text.Json;
using Instasent.Sdk.Product.Filters;

namespace Instasent.Sdk.Product;

/// <summary>
/// The Instasent Product API: organization, projects, datasources, the unified audience, events, segments, campaigns,
/// automations and the SMS channel. Every project method takes an optional project UID; when it is
/// <see langword="null"/>, <see cref="ProductOptions.ProjectId"/> is used.
/// </summary>
/// <remarks>
/// A 403 raises <see cref="Errors.InstasentPermissionDeniedException"/>: the token lacks the endpoint's scope or its
/// data-privacy level (<c>PROJECT_AUDIENCE_DATA_*</c>) is too low. Lists and scrolls are lazy: pages are fetched as you
/// enumerate, and nothing is kept after a page has been yielded.
/// </remarks>
public interface IProductClient
{
    /// <summary>Gets the organization, its projects and the token's scopes (<c>GET /</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organization; the scopes are in <see cref="ProductMetadata.Scopes"/>.</returns>
    Task<InstasentResponse<ProductResult<Organization>>> GetOrganizationAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a project (also the cheapest credential check: 401 bad token, 404 project not visible).</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The project; scopes and unique attributes are in the metadata.</returns>
    Task<InstasentResponse<ProductResult<Project>>> GetProjectAsync(string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the contact attribute specifications of a project.</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<AttributeSpec>>> GetAttributeSpecsAsync(string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the event type specifications of a project.</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<EventSpec>>> GetEventSpecsAsync(string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the parameter specifications of one event type.</summary>
    /// <param name="eventType">The event type UID.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The specifications.</returns>
    Task<InstasentResponse<IReadOnlyList<EventParameterSpec>>> GetEventParameterSpecsAsync(string eventType, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the datasources of a project, page by page as you enumerate.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="query">Filters, sort, first offset and page size; <see langword="null"/> for all.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The datasources.</returns>
    IAsyncEnumerable<Datasource> ListDatasourcesAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Creates an API datasource. Not retried after a failure the server may have seen (it could create two).</summary>
    /// <param name="request">The datasource.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created datasource.</returns>
    Task<InstasentResponse<Datasource>> CreateDatasourceAsync(DatasourceCreateRequest request, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a datasource.</summary>
    /// <param name="datasourceId">The datasource id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The datasource.</returns>
    Task<InstasentResponse<Datasource>> GetDatasourceAsync(string datasourceId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the statistics of a datasource.</summary>
    /// <param name="datasourceId">The datasource id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statistics.</returns>
    Task<InstasentResponse<DatasourceStats>> GetDatasourceStatsAsync(string datasourceId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a contact by its audience id.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact.</returns>
    Task<InstasentResponse<AudienceContact>> GetContactAsync(string audienceId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a contact by the value of any of the project's unique attributes (user id, e-mail, phone...).</summary>
    /// <param name="userId">The value.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact.</returns>
    Task<InstasentResponse<AudienceContact>> GetContactByUserIdAsync(string userId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Finds up to 10 contacts by phone number (normalised by the server; the <c>+</c> is sent as <c>%2B</c>).</summary>
    /// <param name="phone">The phone number, E.164.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matches (the server answers either a list or one entity; both are read).</returns>
    Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByPhoneAsync(string phone, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Finds up to 10 contacts by e-mail.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matches.</returns>
    Task<InstasentResponse<IReadOnlyList<AudienceContact>>> SearchByEmailAsync(string email, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Searches the audience with a filter: at most 50 results, no cursor (use <see cref="ScrollAudienceAsync"/> for more).</summary>
    /// <param name="filter">The filter; its <see cref="QueryFilter.Limit"/> must be 50 or less.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matches and <c>totalHits</c>.</returns>
    Task<InstasentResponse<ProductList<AudienceContact>>> SearchAudienceAsync(QueryFilter filter, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Scrolls the whole audience (or the part matching a filter), following the cursor until it is null.</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="filter">The filter, or <see langword="null"/> for every contact.</param>
    /// <param name="pageSize">Contacts per request, 1 to 100.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The contacts, fetched lazily page by page.</returns>
    IAsyncEnumerable<AudienceContact> ScrollAudienceAsync(QueryFilter? filter = null, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one page of an audience scroll, for callers that store the cursor themselves.</summary>
    /// <param name="filter">The filter, or <see langword="null"/> for every contact.</param>
    /// <param name="cursor">The cursor of the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="pageSize">Contacts per request, 1 to 100.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the next cursor.</returns>
    Task<InstasentResponse<ScrollPage<AudienceContact>>> GetAudienceScrollPageAsync(QueryFilter? filter, string? cursor, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Scrolls the contacts of a segment, following the cursor until it is null.</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="segmentUid">The segment UID.</param>
    /// <param name="parameter">The parameter of a dynamic segment (for example <c>val1|val2</c>), or <see langword="null"/>.</param>
    /// <param name="filter">An extra filter, or <see langword="null"/>.</param>
    /// <param name="pageSize">Contacts per request, 1 to 100.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The contacts, fetched lazily page by page.</returns>
    IAsyncEnumerable<AudienceContact> ScrollSegmentAsync(string segmentUid, string? parameter = null, QueryFilter? filter = null, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Runs audience aggregations. Their syntax is not documented, so they are given and returned as JSON.</summary>
    /// <param name="aggregations">The <c>aggregations</c> object.</param>
    /// <param name="filter">The filter whose root restricts the contacts, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One JSON result per aggregation name.</returns>
    Task<InstasentResponse<AudienceAggregations>> AggregateAudienceAsync(JsonElement aggregations, QueryFilter? filter = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a contact's latest events, classified by type. The shape is undocumented, so it is returned as JSON.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The whole response JSON.</returns>
    Task<InstasentResponse<JsonElement>> GetContactEventsAsync(string audienceId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes a contact to SMS.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="sync">Whether the server processes it before answering (<c>_sync=true</c>).</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered.</returns>
    Task<InstasentResponse<AudienceActionResult>> SubscribeSmsAsync(string audienceId, bool sync = false, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes a contact from SMS.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="options">Reason, UTM fields and <c>_sync</c>, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered.</returns>
    Task<InstasentResponse<AudienceActionResult>> UnsubscribeSmsAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Subscribes a contact to e-mail.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="sync">Whether the server processes it before answering (<c>_sync=true</c>).</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered.</returns>
    Task<InstasentResponse<AudienceActionResult>> SubscribeEmailAsync(string audienceId, bool sync = false, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes a contact from e-mail.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="options">Reason, UTM fields and <c>_sync</c>, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered.</returns>
    Task<InstasentResponse<AudienceActionResult>> UnsubscribeEmailAsync(string audienceId, UnsubscribeOptions? options = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact permanently.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="sync">Whether the server processes it before answering (<c>_sync=true</c>).</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the server answered.</returns>
    Task<InstasentResponse<AudienceActionResult>> DeleteContactAsync(string audienceId, bool sync = false, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Searches events with an event filter: at most 50 results, no cursor.</summary>
    /// <param name="filter">The event filter (conditions on <c>event-type</c>, <c>created-at</c>, <c>type.parameter</c>).</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matches.</returns>
    Task<InstasentResponse<ProductList<AudienceEvent>>> SearchEventsAsync(QueryFilter filter, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Scrolls events matching an event filter, following the cursor until it is null.</summary>
    /// <remarks>
    /// Cursor paging: the list ends when the server hands out no next cursor, or at an empty page. A cursor handed out
    /// before in this listing, or a page repeated, ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// looping; the items returned up to then were each read once.
    /// </remarks>
    /// <param name="filter">The event filter, or <see langword="null"/> for every event.</param>
    /// <param name="pageSize">Events per request, 1 to 100.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events, fetched lazily page by page.</returns>
    IAsyncEnumerable<AudienceEvent> ScrollEventsAsync(QueryFilter? filter = null, int pageSize = 100, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists segments, page by page as you enumerate.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The segments.</returns>
    IAsyncEnumerable<Segment> ListSegmentsAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the dynamic segments that need no parameter.</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The segments.</returns>
    Task<InstasentResponse<IReadOnlyList<Segment>>> ListDynamicSegmentsAsync(string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a segment.</summary>
    /// <param name="segmentUid">The segment UID.</param>
    /// <param name="parameter">The parameter of a dynamic segment, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The segment.</returns>
    Task<InstasentResponse<Segment>> GetSegmentAsync(string segmentUid, string? parameter = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists campaigns (filter for example with <c>Where("status", IndexOperator.Equal, "sent")</c>).</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The campaigns.</returns>
    IAsyncEnumerable<Campaign> ListCampaignsAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a campaign.</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign.</returns>
    Task<InstasentResponse<Campaign>> GetCampaignAsync(string campaignId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists automations.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The automations.</returns>
    IAsyncEnumerable<Automation> ListAutomationsAsync(IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an automation.</summary>
    /// <param name="automationId">The automation id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The automation.</returns>
    Task<InstasentResponse<Automation>> GetAutomationAsync(string automationId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the project's SMS senders and its default sender.</summary>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The senders.</returns>
    Task<InstasentResponse<SmsSenderList>> ListSmsSendersAsync(string? project = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends an SMS to one contact (by audience id or E.164 phone). Not retried after a failure the server may have
    /// seen: Instasent documents no idempotency key, so a repeat could send the message twice.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message, the audience id and whether the contact was created.</returns>
    Task<InstasentResponse<DirectSmsResult>> SendDirectSmsAsync(DirectSms message, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one SMS of the project.</summary>
    /// <param name="smsId">The message id.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    Task<InstasentResponse<Instasent.Sdk.Sms.SmsMessage>> GetSmsAsync(string smsId, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one contact.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="audienceId">The audience id.</param>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    IAsyncEnumerable<Instasent.Sdk.Sms.SmsMessage> ListSmsByAudienceAsync(string audienceId, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one send.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="sendId">The send id.</param>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    IAsyncEnumerable<Instasent.Sdk.Sms.SmsMessage> ListSmsBySendAsync(string sendId, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one campaign option.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="optionIndex">The 0-based option index.</param>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    IAsyncEnumerable<Instasent.Sdk.Sms.SmsMessage> ListSmsByCampaignAsync(string campaignId, int optionIndex = 0, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the SMS of one automation message.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="automationId">The automation id.</param>
    /// <param name="messageIndex">The 0-based message index.</param>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    IAsyncEnumerable<Instasent.Sdk.Sms.SmsMessage> ListSmsByAutomationAsync(string automationId, int messageIndex = 0, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);

    /// <summary>Lists direct SMS, optionally only those tagged with one UTM term.</summary>
    /// <remarks>
    /// Offset paging: items added or deleted while the list is read shift the pages, so an item may be skipped or
    /// returned twice; prefer a cursor scroll where the API offers one. A page shorter than asked for does not end the
    /// list (a server may cap the page size); it ends when the offset reaches <c>metadata.count</c> (trusted as a total when it is larger than the page) or at the first empty page. A server that answers the same page again (for
    /// example because it ignores the <c>_start</c> parameter) ends the listing with <see cref="Errors.InstasentPagingException"/> instead of
    /// repeating items.
    /// </remarks>
    /// <param name="utmTerm">The UTM term, or <see langword="null"/> for every direct SMS.</param>
    /// <param name="query">Filters, sort and paging, or <see langword="null"/>.</param>
    /// <param name="project">The project UID, or <see langword="null"/> for the configured one.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The messages.</returns>
    IAsyncEnumerable<Instasent.Sdk.Sms.SmsMessage> ListDirectSmsAsync(string? utmTerm = null, IndexQuery? query = null, string? project = null, CancellationToken cancellationToken = default);
}
