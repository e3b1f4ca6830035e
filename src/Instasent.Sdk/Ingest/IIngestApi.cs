using Instasent.Sdk.Http;
using Refit;

namespace Instasent.Sdk.Ingest;

/// <summary>The wire shape of the Ingest API (paths relative to the <c>/v1</c> base). Refit only builds requests.</summary>
internal interface IIngestApi
{
    [Get("/project/{project}/datasource/{datasource}/stream")]
    Task<HttpResponseMessage> GetStreamAsync(string project, string datasource, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource/{datasource}/stream/specs/attributes")]
    Task<HttpResponseMessage> GetAttributeSpecsAsync(string project, string datasource, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource/{datasource}/stream/specs/events")]
    Task<HttpResponseMessage> GetEventSpecsAsync(string project, string datasource, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource/{datasource}/stream/specs/event-parameters/{eventType}")]
    Task<HttpResponseMessage> GetEventParameterSpecsAsync(string project, string datasource, string eventType, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/datasource/{datasource}/stream/contacts")]
    Task<HttpResponseMessage> UpsertContactsAsync(string project, string datasource, [AliasAs("_sync")] string? sync, [AliasAs("_dryRun")] string? dryRun, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Post("/project/{project}/datasource/{datasource}/stream/events")]
    Task<HttpResponseMessage> AppendEventsAsync(string project, string datasource, [AliasAs("_sync")] string? sync, [AliasAs("_dryRun")] string? dryRun, [Body] HttpContent body, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Get("/project/{project}/datasource/{datasource}/stream/contacts/{userId}")]
    Task<HttpResponseMessage> GetContactAsync(string project, string datasource, string userId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);

    [Delete("/project/{project}/datasource/{datasource}/stream/contacts/{userId}")]
    Task<HttpResponseMessage> DeleteContactAsync(string project, string datasource, string userId, [Property("Instasent.Call")] InstasentCallContext call, CancellationToken cancellationToken);
}
