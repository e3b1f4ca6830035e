namespace Instasent.Sdk.Product;

/// <summary>
/// The Instasent Product API, by area: <see cref="Project"/> (organization, project, specifications, datasources),
/// <see cref="Audience"/>, <see cref="Events"/>, <see cref="Segments"/>, <see cref="Campaigns"/> (campaigns and
/// automations) and <see cref="Messaging"/> (the SMS channel). Every project method takes an optional project UID; when
/// it is <see langword="null"/>, <see cref="ProductOptions.ProjectId"/> is used.
/// </summary>
/// <remarks>
/// A 403 raises <see cref="Errors.InstasentPermissionDeniedException"/>: the token lacks the endpoint's scope or its
/// data-privacy level (<c>PROJECT_AUDIENCE_DATA_*</c>) is too low. Lists and scrolls are lazy
/// <see cref="InstasentPageable{T}"/>s: pages are fetched as you enumerate, and nothing is kept after a page has been
/// yielded.
/// </remarks>
public interface IProductClient
{
    /// <summary>Gets the organization, project, specification and datasource operations.</summary>
    IProductProjectClient Project { get; }

    /// <summary>Gets the audience operations: contacts, searches, the contact scroll, aggregations, subscriptions.</summary>
    IProductAudienceClient Audience { get; }

    /// <summary>Gets the event operations: event search, the event scroll, a contact's events.</summary>
    IProductEventsClient Events { get; }

    /// <summary>Gets the segment operations, including the contacts of a segment.</summary>
    IProductSegmentsClient Segments { get; }

    /// <summary>Gets the campaign and automation reads.</summary>
    IProductCampaignsClient Campaigns { get; }

    /// <summary>Gets the SMS channel: senders, direct SMS and the SMS reads.</summary>
    IProductMessagingClient Messaging { get; }
}
