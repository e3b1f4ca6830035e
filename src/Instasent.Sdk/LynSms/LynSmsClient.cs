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
        sendBulk = family.Operation("SendBulk", RetrySafety.NotIdempotent) with { IsBulk = true };
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

    public Task<InstasentResponse<LynSmsMessage>> SendSmsAsync(LynSmsSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        LynSmsValidation.ThrowIfInvalid(request, nameof(request));
        var context = executor.CreateContext(send, requestOptions).WithSentText(request.Body);
        var body = JsonRequestContent.Create(request, Json.LynSmsSmsRequest);
        return SendAsync(context, (call, ct) => api.SendAsync(body, call, ct), Json.LynSmsEnvelopeLynSmsMessage, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsMessage>> SendSmsAsync(string from, string to, string text, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendSmsAsync(new LynSmsSmsRequest(from, to, text), requestOptions, cancellationToken);

    public Task<BatchResult<LynSmsMessage>> SendBulkSmsAsync(LynSmsBulkSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = BulkBatches(request, requestOptions);
        return BatchRunner.RunAsync(sendBulk, BatchRunner.ToAsync(request.Recipients), plan, send, requestOptions?.OutcomeRetention ?? BatchOutcomeRetention.All, cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<LynSmsMessage>> SendBulkSmsStreamingAsync(LynSmsBulkSmsRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = BulkBatches(request, requestOptions);
        return BatchRunner.StreamAsync(sendBulk, BatchRunner.ToAsync(request.Recipients), plan, send, cancellationToken);
    }

    // Checked when the call is made, not when the first batch is sent (or a stream is first read).
    private (BatchPlan<string> Plan, BatchRunner.SendBatch<string, LynSmsMessage> Send) BulkBatches(LynSmsBulkSmsRequest request, InstasentRequestOptions? requestOptions)
    {
        LynSmsValidation.ThrowIfInvalid(request, nameof(request));
        InstasentOperationExecutor.CheckRequestOptions(sendBulk, requestOptions);
        return (
            BatchPlan<string>.For(executor, MaxBulkRecipients, to => LynSmsValidation.Recipient(to)),
            (batch, _, ct) => SendBatchAsync(request, batch, requestOptions, ct));
    }

    public Task<InstasentResponse<LynSmsMessage>> GetSmsAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return SendAsync(getMessage, requestOptions, (call, ct) => api.GetMessageAsync(id, call, ct), Json.LynSmsEnvelopeLynSmsMessage, cancellationToken);
    }

    public InstasentPageable<LynSmsMessage> ListSmsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        InstasentOperationExecutor.CheckRequestOptions(listMessages, requestOptions);
        return List(
            listMessages,
            (page, perPage, ct) => SendPageAsync(listMessages, requestOptions, (call, c) => api.ListMessagesAsync(page, perPage, call, c), Json.LynSmsEnvelopeIReadOnlyListLynSmsMessage, ct),
            static m => m.Id,
            cancellationToken);
    }

    public Task<InstasentResponse<LynSmsAccount>> GetAccountAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
        SendAsync(getAccount, requestOptions, (call, ct) => api.GetAccountAsync(call, ct), Json.LynSmsEnvelopeLynSmsAccount, cancellationToken);

    public Task<InstasentResponse<LynSmsBalance>> GetBalanceAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = Path(Options.BalancePath, nameof(LynSmsOptions.BalancePath));
        return SendAsync(getBalance, requestOptions, (call, ct) => api.GetPathAsync(path, call, ct), Json.LynSmsEnvelopeLynSmsBalance, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsUsage>> GetUsageAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = Path(Options.UsagePath, nameof(LynSmsOptions.UsagePath));
        return SendAsync(getUsage, requestOptions, (call, ct) => api.GetPathAsync(path, call, ct), Json.LynSmsEnvelopeLynSmsUsage, cancellationToken);
    }

    public Task<InstasentResponse<LynSmsApiKey>> CreateApiKeyAsync(LynSmsApiKeyRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("request.name: a key name is required.", nameof(request));
        }

        var context = executor.CreateContext(createApiKey, requestOptions);
        var body = JsonRequestContent.Create(request, Json.LynSmsApiKeyRequest);
        return SendAsync(context, (call, ct) => api.CreateApiKeyAsync(body, call, ct), Json.LynSmsEnvelopeLynSmsApiKey, cancellationToken);
    }

    public async Task<InstasentResponse<LynSmsDeleted>> RevokeApiKeyAsync(string id, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        // The response of a revoke is undocumented: an empty body (204) and an envelope without data both mean "done".
        var response = await executor.SendAsync(
            executor.CreateContext(revokeApiKey, requestOptions),
            (call, ct) => api.RevokeApiKeyAsync(id, call, ct),
            (bytes, _) => bytes.IsEmpty ? new LynSmsEnvelope<LynSmsDeleted>() : InstasentOperationExecutor.Deserialize(bytes, Json.LynSmsEnvelopeLynSmsDeleted),
            null,
            cancellationToken).ConfigureAwait(false);
        var data = response.Value.Data is { Id.Length: > 0 } deleted ? deleted : (response.Value.Data ?? new LynSmsDeleted()) with { Id = id };
        return response.WithValue(data, response.Value.Meta?.RequestId);
    }

    public Task<InstasentResponse<LynSmsWebhookEndpoint>> CreateWebhookEndpointAsync(LynSmsWebhookEndpointRequest request, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
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

        var context = executor.CreateContext(createWebhook, requestOptions);
        var body = JsonRequestContent.Create(request, Json.LynSmsWebhookEndpointRequest);
        return SendAsync(context, (call, ct) => api.CreateWebhookEndpointAsync(body, call, ct), Json.LynSmsEnvelopeLynSmsWebhookEndpoint, cancellationToken);
    }

    public InstasentPageable<LynSmsWebhookEndpoint> ListWebhookEndpointsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = Path(Options.WebhookEndpointsPath, nameof(LynSmsOptions.WebhookEndpointsPath));
        InstasentOperationExecutor.CheckRequestOptions(listWebhooks, requestOptions);
        // One request answers the whole list (no paging is known for it), so its only page is also its last.
        return PagedSequence.SinglePage(
            listWebhooks,
            ct => SendAsync(listWebhooks, requestOptions, (call, c) => api.GetPathAsync(path, call, c), Json.LynSmsEnvelopeIReadOnlyListLynSmsWebhookEndpoint, ct),
            static e => e.Id,
            cancellationToken);
    }

    public InstasentPageable<LynSmsEvent> ListWebhookEventsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var path = Path(Options.WebhookEventsPath, nameof(LynSmsOptions.WebhookEventsPath));
        InstasentOperationExecutor.CheckRequestOptions(listEvents, requestOptions);
        return List(
            listEvents,
            (page, perPage, ct) => SendPageAsync(listEvents, requestOptions, (call, c) => api.GetPathPageAsync(path, page, perPage, call, c), Json.LynSmsEnvelopeIReadOnlyListLynSmsEvent, ct),
            static e => e.Id,
            cancellationToken);
    }

    private async Task<IReadOnlyList<BatchItemOutcome<LynSmsMessage>>> SendBatchAsync(LynSmsBulkSmsRequest request, IReadOnlyList<string> batch, InstasentRequestOptions? requestOptions, CancellationToken cancellationToken)
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
        return await executor.SendForValueAsync(
            executor.CreateContext(sendBulk, requestOptions).WithSentText(request.Body),
            (call, ct) => api.SendBulkAsync(body, call, ct),
            (bytes, _) => LynSmsBulkOutcomeMapper.Map(batch, Unwrap(bytes, Json.LynSmsEnvelopeJsonElement).Data),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a call and unwraps the envelope: callers get <c>data</c>, with <c>meta.request_id</c> as the request id.</summary>
    private Task<InstasentResponse<T>> SendAsync<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> sendCall,
        JsonTypeInfo<LynSmsEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken) =>
        SendAsync(executor.CreateContext(operation, requestOptions), sendCall, envelopeInfo, cancellationToken);

    private async Task<InstasentResponse<T>> SendAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> sendCall,
        JsonTypeInfo<LynSmsEnvelope<T>> envelopeInfo,
        CancellationToken cancellationToken)
    {
        var response = await executor.SendAsync(context, sendCall, (bytes, _) => Unwrap(bytes, envelopeInfo), null, cancellationToken).ConfigureAwait(false);
        return response.WithValue(response.Value.Data!, response.Value.Meta?.RequestId ?? response.RequestId);
    }

    /// <summary>Reads one page of a list; <c>meta.has_more</c> or <c>current_page</c>/<c>last_page</c>, when sent, say whether it is the last.</summary>
    private async Task<ListPage<T>> SendPageAsync<T>(
        InstasentOperation operation,
        InstasentRequestOptions? requestOptions,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> sendCall,
        JsonTypeInfo<LynSmsEnvelope<IReadOnlyList<T>>> envelopeInfo,
        CancellationToken cancellationToken)
    {
        var response = await executor.SendAsync(executor.CreateContext(operation, requestOptions), sendCall, (bytes, _) => Unwrap(bytes, envelopeInfo), null, cancellationToken).ConfigureAwait(false);
        var meta = response.Value.Meta;
        var hasMore = meta?.HasMore ?? (meta is { CurrentPage: { } current, LastPage: { } last } ? current < last : null);
        return new ListPage<T>(response.WithValue(response.Value.Data!, meta?.RequestId ?? response.RequestId)) { IsLast = hasMore == false };
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
        Func<int, int, CancellationToken, Task<ListPage<T>>> getPage,
        Func<T, string?> identity,
        CancellationToken cancellationToken) =>
        // The paging scheme is undocumented: page/per_page is asked for (the hint, capped at the maximum a LynSMS list
        // is assumed to serve), and meta.has_more or current_page/last_page end the list when the server sends them;
        // without them, the empty page after the last does.
        PagedSequence.ByPageNumber(
            operation,
            new PageSize(MaxPageSize, MaxPageSize),
            getPage,
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
}
