using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Http;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.LynSms;

internal sealed class LynSmsClient : ILynSmsClient
{
    /// <summary>The documented cap of recipients per bulk request (not configurable per key).</summary>
    internal const int MaxBulkRecipients = 1000;
    internal const int MaxPageSize = 100;
    private static readonly LynSmsJsonContext Json = LynSmsJsonContext.Default;

    private readonly ILynSmsApi api;
    private readonly InstasentOperationExecutor executor;
    private readonly InstasentOperation send;
    private readonly InstasentOperation sendBulk;
    private readonly InstasentOperation getMessage;
    private readonly InstasentOperation listMessages;
    private readonly InstasentOperation getAccount;
    private readonly InstasentOperation getBalance;
    private readonly InstasentOperation getUsage;
    private readonly InstasentOperation createApiKey;
    private readonly InstasentOperation revokeApiKey;
    private readonly InstasentOperation createWebhook;
    private readonly InstasentOperation listWebhooks;
    private readonly InstasentOperation listEvents;

    public LynSmsClient(ILynSmsApi api, InstasentOperationExecutor executor)
    {
        this.api = api;
        this.executor = executor;
        var family = executor.Family;
        // LynSMS documents no idempotency key ("reference" is a tag, not a de-duplication key): every POST is unsafe to repeat.
        send = family.Operation("SendMessage", RetrySafety.NotIdempotent);
        sendBulk = family.Operation("SendBulk", RetrySafety.NotIdempotent);
        getMessage = family.Operation("GetMessage", RetrySafety.Idempotent);
        listMessages = family.Operation("ListMessages", RetrySafety.Idempotent);
        getAccount = family.Operation("GetAccount", RetrySafety.Idempotent);
        getBalance = family.Operation("GetBalance", RetrySafety.Idempotent);
        getUsage = family.Operation("GetUsage", RetrySafety.Idempotent);
        createApiKey = family.Operation("CreateApiKey", RetrySafety.NotIdempotent);
        // Revoking twice leaves the same state, so a DELETE may be repeated.
        revokeApiKey = family.Operation("RevokeApiKey", RetrySafety.Idempotent);
        createWebhook = family.Operation("CreateWebhookEndpoint", RetrySafety.NotIdempotent);
        listWebhooks = family.Operation("ListWebhookEndpoints", RetrySafety.Idempotent);
        listEvents = family.Operation("ListWebhookEvents", RetrySafety.Idempotent);
    }

    private LynSmsOptions Options => (LynSmsOptions)executor.Family.SelectOptions(executor.Options);

    public Task<InstasentResponse<LynSmsMessage>> SendAsync(LynSmsSendRequest request, CancellationToken cancellationToken = default)
    {
        LynSmsValidation.ThrowIfInvalid(request, nameof(request));
        var body = JsonRequestContent.Create(request, Json.LynSmsSendRequest);
        return SendAsync(executor.CreateContext(send).WithSentText(request.Body), (call, ct) => api.SendAsync(body, call, ct), Json.LynSmsEnvelopeLynSmsMessage, cancellationToken);
    }

    public Task<BatchResult<LynSmsMessage>> SendBulkAsync(LynSmsBulkRequest request, CancellationToken cancellationToken = default)
    {
        LynSmsValidation.ThrowIfInvalid(request, nameof(request));
        return BatchRunner.RunAsync<string, LynSmsMessage>(
            sendBulk,
            BatchRunner.ToAsync(request.Recipients),
            BatchPlan<string>.For(executor, MaxBulkRecipients, to => LynSmsValidation.Recipient(to)),
            (batch, _, ct) => SendBatchAsync(request, batch, ct),
            cancellationToken);
    }

    public Task<InstasentResponse<LynSmsMessage>> GetMessageAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return SendAsync(getMessage, (call, ct) => api.GetMessageAsync(id, call, ct), Json.LynSmsEnvelopeLynSmsMessage, cancellationToken);
    }

    public IAsyncEnumerable<LynSmsMessage> ListMessagesAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        return List(listMessages, (page, ct) => GetMessagesPageAsync(page, pageSize, ct), static m => m.Id, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsPage<LynSmsMessage>>> GetMessagesPageAsync(int page = 1, int pageSize = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        CheckPageSize(pageSize);
        return SendPageAsync(listMessages, page, (call, ct) => api.ListMessagesAsync(page, pageSize, call, ct), Json.LynSmsEnvelopeIReadOnlyListLynSmsMessage, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsAccount>> GetAccountAsync(CancellationToken cancellationToken = default) =>
        SendAsync(getAccount, (call, ct) => api.GetAccountAsync(call, ct), Json.LynSmsEnvelopeLynSmsAccount, cancellationToken);

    public Task<InstasentResponse<LynSmsBalance>> GetBalanceAsync(CancellationToken cancellationToken = default)
    {
        var path = Path(Options.BalancePath, nameof(LynSmsOptions.BalancePath));
        return SendAsync(getBalance, (call, ct) => api.GetPathAsync(path, call, ct), Json.LynSmsEnvelopeLynSmsBalance, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsUsage>> GetUsageAsync(CancellationToken cancellationToken = default)
    {
        var path = Path(Options.UsagePath, nameof(LynSmsOptions.UsagePath));
        return SendAsync(getUsage, (call, ct) => api.GetPathAsync(path, call, ct), Json.LynSmsEnvelopeLynSmsUsage, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsApiKey>> CreateApiKeyAsync(LynSmsApiKeyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("request.name: a key name is required.", nameof(request));
        }

        var body = JsonRequestContent.Create(request, Json.LynSmsApiKeyRequest);
        return SendAsync(createApiKey, (call, ct) => api.CreateApiKeyAsync(body, call, ct), Json.LynSmsEnvelopeLynSmsApiKey, cancellationToken);
    }

    public async Task<InstasentResponse<LynSmsDeleted>> RevokeApiKeyAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        // The response of a revoke is undocumented: an empty body (204) and an envelope without data both mean "done".
        var response = await executor.SendAsync(
            executor.CreateContext(revokeApiKey),
            (call, ct) => api.RevokeApiKeyAsync(id, call, ct),
            (bytes, _) => bytes.IsEmpty ? new LynSmsEnvelope<LynSmsDeleted>() : InstasentOperationExecutor.Deserialize(bytes, Json.LynSmsEnvelopeLynSmsDeleted),
            null,
            cancellationToken).ConfigureAwait(false);
        var data = response.Value.Data is { Id.Length: > 0 } deleted ? deleted : (response.Value.Data ?? new LynSmsDeleted()) with { Id = id };
        return response.WithValue(data, response.Value.Meta?.RequestId);
    }

    public Task<InstasentResponse<LynSmsWebhookEndpoint>> CreateWebhookEndpointAsync(LynSmsWebhookEndpointRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url is null || !request.Url.IsAbsoluteUri || request.Url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("request.url must be an absolute https address.", nameof(request));
        }

        if (request.Events is null || request.Events.Count == 0 || request.Events.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("request.events must name at least one event type, such as message.delivered.", nameof(request));
        }

        var body = JsonRequestContent.Create(request, Json.LynSmsWebhookEndpointRequest);
        return SendAsync(createWebhook, (call, ct) => api.CreateWebhookEndpointAsync(body, call, ct), Json.LynSmsEnvelopeLynSmsWebhookEndpoint, cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<LynSmsWebhookEndpoint>>> ListWebhookEndpointsAsync(CancellationToken cancellationToken = default)
    {
        var path = Path(Options.WebhookEndpointsPath, nameof(LynSmsOptions.WebhookEndpointsPath));
        return SendAsync(listWebhooks, (call, ct) => api.GetPathAsync(path, call, ct), Json.LynSmsEnvelopeIReadOnlyListLynSmsWebhookEndpoint, cancellationToken);
    }

    public IAsyncEnumerable<LynSmsEvent> ListWebhookEventsAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        CheckPageSize(pageSize);
        var path = Path(Options.WebhookEventsPath, nameof(LynSmsOptions.WebhookEventsPath));
        return List(
            listEvents,
            (page, ct) => SendPageAsync(listEvents, page, (call, c) => api.GetPathPageAsync(path, page, pageSize, call, c), Json.LynSmsEnvelopeIReadOnlyListLynSmsEvent, ct),
            static e => e.Id,
            cancellationToken);
    }

    private async Task<IReadOnlyList<BatchItemOutcome<LynSmsMessage>>> SendBatchAsync(LynSmsBulkRequest request, IReadOnlyList<string> batch, CancellationToken cancellationToken)
    {
        var wire = new LynSmsBulkBody
        {
            From = request.From,
            Body = request.Body,
            Recipients = batch,
            RouteId = request.RouteId,
            Provider = request.Provider,
            Reference = request.Reference,
        };
        var body = JsonRequestContent.Create(wire, Json.LynSmsBulkBody);
        // Mapped while the response is read, so an answer the mapper cannot make sense of is a typed format failure.
        var response = await executor.SendAsync(
            executor.CreateContext(sendBulk).WithSentText(request.Body),
            (call, ct) => api.SendBulkAsync(body, call, ct),
            (bytes, _) => LynSmsBulkOutcomeMapper.Map(batch, Unwrap(bytes, Json.LynSmsEnvelopeJsonElement).Data),
            null,
            cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Sends a call and unwraps the envelope: callers get <c>data</c>, with <c>meta.request_id</c> as the request id.</summary>
    private Task<InstasentResponse<T>> SendAsync<T>(
        InstasentOperation operation,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> sendCall,
        JsonTypeInfo<LynSmsEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken) =>
        SendAsync(executor.CreateContext(operation), sendCall, envelopeInfo, cancellationToken);

    private async Task<InstasentResponse<T>> SendAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> sendCall,
        JsonTypeInfo<LynSmsEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken)
    {
        var response = await executor.SendAsync(context, sendCall, (bytes, _) => Unwrap(bytes, envelopeInfo), null, cancellationToken).ConfigureAwait(false);
        return response.WithValue(response.Value.Data!, response.Value.Meta?.RequestId ?? response.RequestId);
    }

    private async Task<InstasentResponse<LynSmsPage<T>>> SendPageAsync<T>(
        InstasentOperation operation,
        int page,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> sendCall,
        JsonTypeInfo<LynSmsEnvelope<IReadOnlyList<T>>> envelopeInfo,
        CancellationToken cancellationToken)
    {
        var response = await executor.SendAsync(executor.CreateContext(operation), sendCall, (bytes, _) => Unwrap(bytes, envelopeInfo), null, cancellationToken).ConfigureAwait(false);
        var meta = response.Value.Meta;
        bool? hasMore = meta?.HasMore ?? (meta is { CurrentPage: { } current, LastPage: { } last } ? current < last : null);
        return response.WithValue(new LynSmsPage<T>(response.Value.Data!, page, hasMore), meta?.RequestId ?? response.RequestId);
    }

    private static LynSmsEnvelope<T> Unwrap<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<LynSmsEnvelope<T>> envelopeInfo)
    {
        var envelope = InstasentOperationExecutor.Deserialize(body, envelopeInfo);
        if (envelope is null || envelope.Data is null || (envelope.Data is JsonElement element && element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined))
        {
            throw new JsonException("The LynSMS envelope has no 'data' member.");
        }

        return envelope;
    }

    private static PagedSequence<T> List<T>(
        InstasentOperation operation,
        Func<int, CancellationToken, Task<InstasentResponse<LynSmsPage<T>>>> getPage,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        // The paging scheme is undocumented: page/per_page is asked for, and meta.has_more or current_page/last_page
        // (read by SendPageAsync) end the list when the server sends them; without them, the empty page after the last does.
        PagedSequence.ByPageNumber(
            operation,
            async (page, _, ct) =>
            {
                var response = await getPage(page, ct).ConfigureAwait(false);
                return new ListPage<T>(response.WithValue(response.Value.Items)) { IsLast = response.Value.HasMore == false };
            },
            identity,
            cancellationToken);

    private static string Path(string? value, string optionName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"Instasent:LynSms:{optionName} is empty; set the path of this endpoint relative to the base address.");
        }

        return value.Trim('/');
    }

    private static void CheckPageSize(int pageSize, [CallerArgumentExpression(nameof(pageSize))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize, name);
    }
}
