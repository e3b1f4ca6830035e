using Instasent.Sdk.Http;
using Refit;

namespace Instasent.Sdk.LynSms;

/// <summary>The wire shape of the LynSMS v1 API (verb-in-path style: <c>/messages/send</c>, <c>/api-keys/create</c>).</summary>
internal interface ILynSmsApi
{
    [Post("/messages/send")]
    Task<HttpResponseMessage> SendAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/messages/bulk")]
    Task<HttpResponseMessage> SendBulkAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/messages")]
    Task<HttpResponseMessage> ListMessagesAsync([AliasAs("page")] int page, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/messages/{id}")]
    Task<HttpResponseMessage> GetMessageAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/account")]
    Task<HttpResponseMessage> GetAccountAsync([Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/{**path}")]
    Task<HttpResponseMessage> GetPathAsync(string path, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/{**path}")]
    Task<HttpResponseMessage> GetPathPageAsync(string path, [AliasAs("page")] int page, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/api-keys/create")]
    Task<HttpResponseMessage> CreateApiKeyAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Delete("/api-keys/{id}")]
    Task<HttpResponseMessage> RevokeApiKeyAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/webhooks/create")]
    Task<HttpResponseMessage> CreateWebhookEndpointAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);
}
