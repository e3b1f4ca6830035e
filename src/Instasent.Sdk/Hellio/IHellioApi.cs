using Instasent.Sdk.Http;
using Refit;

namespace Instasent.Sdk.Hellio;

/// <summary>The wire shape of the Hellio Messaging v1 API. Null query values are left out of the URL.</summary>
internal interface IHellioApi
{
    [Post("/auth/token")]
    Task<HttpResponseMessage> IssueTokenAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/sms/send")]
    Task<HttpResponseMessage> SendSmsAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/otp/send")]
    Task<HttpResponseMessage> SendOtpAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/otp/verify")]
    Task<HttpResponseMessage> VerifyOtpAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/voice/send")]
    Task<HttpResponseMessage> SendVoiceAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/voice/{id}")]
    Task<HttpResponseMessage> GetVoiceAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/lookup")]
    Task<HttpResponseMessage> CreateLookupAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/lookups")]
    Task<HttpResponseMessage> ListLookupsAsync([AliasAs("cursor")] string? cursor, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/lookup/{id}")]
    Task<HttpResponseMessage> GetLookupAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/email/verify")]
    Task<HttpResponseMessage> VerifyEmailsAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/balance")]
    Task<HttpResponseMessage> GetBalanceAsync([Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/pricing")]
    Task<HttpResponseMessage> GetPricingAsync([AliasAs("country")] string? country, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/messages")]
    Task<HttpResponseMessage> ListMessagesAsync([AliasAs("status")] string? status, [AliasAs("cursor")] string? cursor, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/messages/{id}")]
    Task<HttpResponseMessage> GetMessageAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/campaigns")]
    Task<HttpResponseMessage> ListCampaignsAsync([AliasAs("status")] string? status, [AliasAs("cursor")] string? cursor, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/campaigns/{id}")]
    Task<HttpResponseMessage> GetCampaignAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/webhooks")]
    Task<HttpResponseMessage> ListWebhooksAsync([Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/webhooks")]
    Task<HttpResponseMessage> CreateWebhookAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Delete("/webhooks/{id}")]
    Task<HttpResponseMessage> DeleteWebhookAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/ussd/pricing")]
    Task<HttpResponseMessage> GetUssdPricingAsync([Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/ussd/pricing/availability")]
    Task<HttpResponseMessage> GetUssdAvailabilityAsync([AliasAs("code")] string code, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/ussd/apps")]
    Task<HttpResponseMessage> ListUssdAppsAsync([AliasAs("cursor")] string? cursor, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/ussd/apps")]
    Task<HttpResponseMessage> CreateUssdAppAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Put("/ussd/apps/{id}")]
    Task<HttpResponseMessage> UpdateUssdAppAsync(string id, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Delete("/ussd/apps/{id}")]
    Task<HttpResponseMessage> DeleteUssdAppAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/ussd/apps/{id}/mode")]
    Task<HttpResponseMessage> SetUssdAppModeAsync(string id, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/ussd/apps/{id}/rotate-secret")]
    Task<HttpResponseMessage> RotateUssdAppSecretAsync(string id, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/ussd/extensions")]
    Task<HttpResponseMessage> ListUssdExtensionsAsync([AliasAs("cursor")] string? cursor, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/ussd/extensions")]
    Task<HttpResponseMessage> RentUssdExtensionAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Delete("/ussd/extensions/{id}")]
    Task<HttpResponseMessage> ReleaseUssdExtensionAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/ussd/sessions")]
    Task<HttpResponseMessage> ListUssdSessionsAsync([AliasAs("status")] string? status, [AliasAs("cursor")] string? cursor, [AliasAs("per_page")] int perPage, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/ussd/sessions/{id}")]
    Task<HttpResponseMessage> GetUssdSessionAsync(string id, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/ussd/simulate")]
    Task<HttpResponseMessage> SimulateUssdAsync([Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);
}
