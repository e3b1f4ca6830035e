using Instasent.Sdk.Http;
using Refit;

namespace Instasent.Sdk.Product;

/// <summary>
/// The wire shape of the Product API (paths relative to the <c>/v1</c> base). Bodies arrive as ready JSON and responses
/// are read by the executor, so Refit only builds requests; path values are escaped by Refit (a phone's <c>+</c> becomes <c>%2B</c>).
/// </summary>
internal interface IProductApi
{
    [Get("/")]
    Task<HttpResponseMessage> GetOrganizationAsync([Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}")]
    Task<HttpResponseMessage> GetProjectAsync(string project, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/specs/attributes")]
    Task<HttpResponseMessage> GetAttributeSpecsAsync(string project, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/specs/events")]
    Task<HttpResponseMessage> GetEventSpecsAsync(string project, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/specs/events/{eventType}")]
    Task<HttpResponseMessage> GetEventParameterSpecsAsync(string project, string eventType, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource")]
    Task<HttpResponseMessage> ListDatasourcesAsync(string project, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/datasource")]
    Task<HttpResponseMessage> CreateDatasourceAsync(string project, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource/{datasourceId}")]
    Task<HttpResponseMessage> GetDatasourceAsync(string project, string datasourceId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource/{datasourceId}/stats")]
    Task<HttpResponseMessage> GetDatasourceStatsAsync(string project, string datasourceId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/audience/{audienceId}")]
    Task<HttpResponseMessage> GetContactAsync(string project, string audienceId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/audience/user/{userId}")]
    Task<HttpResponseMessage> GetContactByUserIdAsync(string project, string userId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/audience/search/phone/{phone}")]
    Task<HttpResponseMessage> SearchByPhoneAsync(string project, string phone, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/audience/search/email/{email}")]
    Task<HttpResponseMessage> SearchByEmailAsync(string project, string email, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/audience/search")]
    Task<HttpResponseMessage> SearchAudienceAsync(string project, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/audience/scroll")]
    Task<HttpResponseMessage> ScrollAudienceAsync(string project, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/audience/segment/{segmentUid}/scroll")]
    Task<HttpResponseMessage> ScrollSegmentAsync(string project, string segmentUid, [AliasAs("parameter")] string? parameter, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/audience/aggregations")]
    Task<HttpResponseMessage> AggregateAudienceAsync(string project, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/audience/{audienceId}/events")]
    Task<HttpResponseMessage> GetContactEventsAsync(string project, string audienceId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/audience/stream/{action}")]
    Task<HttpResponseMessage> StreamActionAsync(string project, string action, [AliasAs("_sync")] string? sync, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/event/search")]
    Task<HttpResponseMessage> SearchEventsAsync(string project, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/event/scroll")]
    Task<HttpResponseMessage> ScrollEventsAsync(string project, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/segment")]
    Task<HttpResponseMessage> ListSegmentsAsync(string project, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/segment/dynamic")]
    Task<HttpResponseMessage> ListDynamicSegmentsAsync(string project, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/segment/{segmentUid}")]
    Task<HttpResponseMessage> GetSegmentAsync(string project, string segmentUid, [AliasAs("parameter")] string? parameter, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/campaign")]
    Task<HttpResponseMessage> ListCampaignsAsync(string project, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/campaign/{campaignId}")]
    Task<HttpResponseMessage> GetCampaignAsync(string project, string campaignId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/automation")]
    Task<HttpResponseMessage> ListAutomationsAsync(string project, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/automation/{automationId}")]
    Task<HttpResponseMessage> GetAutomationAsync(string project, string automationId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sender")]
    Task<HttpResponseMessage> ListSmsSendersAsync(string project, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/channel/sms/sms/direct/{senderId}/{audienceId}")]
    Task<HttpResponseMessage> SendDirectSmsAsync(string project, string senderId, string audienceId, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/channel/sms/sms/direct/{senderId}/{audienceId}/{utmTerm}")]
    Task<HttpResponseMessage> SendDirectSmsWithUtmAsync(string project, string senderId, string audienceId, string utmTerm, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/{smsId}")]
    Task<HttpResponseMessage> GetSmsAsync(string project, string smsId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/audience/{audienceId}")]
    Task<HttpResponseMessage> ListSmsByAudienceAsync(string project, string audienceId, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/send/{sendId}")]
    Task<HttpResponseMessage> ListSmsBySendAsync(string project, string sendId, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/campaign/{campaignId}/{optionIndex}")]
    Task<HttpResponseMessage> ListSmsByCampaignAsync(string project, string campaignId, int optionIndex, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/automation/{automationId}/{messageIndex}")]
    Task<HttpResponseMessage> ListSmsByAutomationAsync(string project, string automationId, int messageIndex, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/direct")]
    Task<HttpResponseMessage> ListDirectSmsAsync(string project, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/channel/sms/sms/direct/{utmTerm}")]
    Task<HttpResponseMessage> ListDirectSmsByUtmAsync(string project, string utmTerm, [Query] IDictionary<string, string> query, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);
}
