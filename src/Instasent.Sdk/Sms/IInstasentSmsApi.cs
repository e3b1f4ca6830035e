using Refit;

namespace Instasent.Sdk.Sms;

/// <summary>
/// The wire shape of the Legacy and Transactional SMS APIs (the same paths under different base addresses).
/// Bodies arrive as ready JSON and responses are read by the executor, so Refit only builds requests.
/// </summary>
internal interface IInstasentSmsApi
{
    [Post("/sms")]
    Task<HttpResponseMessage> SendSmsAsync([Body] HttpContent body, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/sms/bulk")]
    Task<HttpResponseMessage> SendBulkSmsAsync([Body] HttpContent body, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/sms")]
    Task<HttpResponseMessage> ListSmsAsync([AliasAs("page")] int page, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/sms/{id}")]
    Task<HttpResponseMessage> GetSmsAsync(string id, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/lookup")]
    Task<HttpResponseMessage> CreateLookupAsync([Body] HttpContent body, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/lookup/{id}")]
    Task<HttpResponseMessage> GetLookupAsync(string id, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/lookup")]
    Task<HttpResponseMessage> ListLookupsAsync([AliasAs("page")] int page, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/organization/account")]
    Task<HttpResponseMessage> GetBalanceAsync([Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/{**path}")]
    Task<HttpResponseMessage> GetPricingAsync(string path, [Property("Instasent.Call")] Http.InstasentCallContext call, CancellationToken cancellationToken);
}
