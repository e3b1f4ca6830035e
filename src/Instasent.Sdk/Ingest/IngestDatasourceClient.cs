using Instasent.Sdk.Batching;
using Instasent.Sdk.Http;
using Instasent.Sdk.Product;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Ingest;

internal sealed class IngestDatasourceClient : IIngestDatasourceClient
{
    internal const int MaxBatchSize = 100;
    private static readonly IngestJsonContext Json = IngestJsonContext.Default;

    private readonly IIngestApi api;
    private readonly InstasentOperationExecutor executor;
    private readonly IngestOperations operations;
    private readonly string? fixedProjectId;
    private readonly string? fixedDatasourceId;

    public IngestDatasourceClient(IIngestApi api, InstasentOperationExecutor executor, IngestOperations operations, string? name, string? projectId, string? datasourceId)
    {
        this.api = api;
        this.executor = executor;
        this.operations = operations;
        Name = name;
        fixedProjectId = projectId;
        fixedDatasourceId = datasourceId;
    }

    public string? Name { get; }

    public string ProjectId => Ids().Project;

    public string DatasourceId => Ids().Datasource;

    public Task<InstasentResponse<StreamInfo>> GetStreamAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (p, d) = Ids();
        return Send(operations.GetStream, requestOptions, (call, ct) => api.GetStreamAsync(p, d, call, ct), b => EnvelopeParsing.ResourceOrRoot(b, Json.ResourceEnvelopeStreamInfo, Json.StreamInfo), cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<AttributeSpec>>> GetAttributeSpecsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (p, d) = Ids();
        return Send(operations.GetAttributeSpecs, requestOptions, (call, ct) => api.GetAttributeSpecsAsync(p, d, call, ct), b => EnvelopeParsing.ItemsOrArray(b, Json.ResourceEnvelopeAttributeSpec, Json.IReadOnlyListAttributeSpec), cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<EventSpec>>> GetEventSpecsAsync(InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (p, d) = Ids();
        return Send(operations.GetEventSpecs, requestOptions, (call, ct) => api.GetEventSpecsAsync(p, d, call, ct), b => EnvelopeParsing.ItemsOrArray(b, Json.ResourceEnvelopeEventSpec, Json.IReadOnlyListEventSpec), cancellationToken);
    }

    public Task<InstasentResponse<IReadOnlyList<EventParameterSpec>>> GetEventParameterSpecsAsync(string eventType, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        var (p, d) = Ids();
        return Send(operations.GetEventParameterSpecs, requestOptions, (call, ct) => api.GetEventParameterSpecsAsync(p, d, eventType, call, ct), b => EnvelopeParsing.ItemsOrArray(b, Json.ResourceEnvelopeEventParameterSpec, Json.IReadOnlyListEventParameterSpec), cancellationToken);
    }

    public Task<BatchResult<IngestItemResult>> UpsertContactsAsync(IEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return UpsertContactsAsync(BatchRunner.ToAsync(contacts), options, requestOptions, cancellationToken);
    }

    public Task<BatchResult<IngestItemResult>> UpsertContactsAsync(IAsyncEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = UpsertContactsBatches(contacts, options, requestOptions);
        return BatchRunner.RunAsync(operations.UpsertContacts, contacts, plan, send, Retention(requestOptions), cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> UpsertContactsStreamingAsync(IEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return UpsertContactsStreamingAsync(BatchRunner.ToAsync(contacts), options, requestOptions, cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> UpsertContactsStreamingAsync(IAsyncEnumerable<IngestContact> contacts, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = UpsertContactsBatches(contacts, options, requestOptions);
        return BatchRunner.StreamAsync(operations.UpsertContacts, contacts, plan, send, cancellationToken);
    }

    public Task<BatchResult<IngestItemResult>> AppendEventsAsync(IEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return AppendEventsAsync(BatchRunner.ToAsync(events), options, requestOptions, cancellationToken);
    }

    public Task<BatchResult<IngestItemResult>> AppendEventsAsync(IAsyncEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = AppendEventsBatches(events, options, requestOptions);
        return BatchRunner.RunAsync(operations.AppendEvents, events, plan, send, Retention(requestOptions), cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> AppendEventsStreamingAsync(IEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return AppendEventsStreamingAsync(BatchRunner.ToAsync(events), options, requestOptions, cancellationToken);
    }

    public IAsyncEnumerable<BatchItemOutcome<IngestItemResult>> AppendEventsStreamingAsync(IAsyncEnumerable<IngestEvent> events, IngestWriteOptions? options = null, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        var (plan, send) = AppendEventsBatches(events, options, requestOptions);
        return BatchRunner.StreamAsync(operations.AppendEvents, events, plan, send, cancellationToken);
    }

    private static BatchOutcomeRetention Retention(InstasentRequestOptions? requestOptions) => requestOptions?.OutcomeRetention ?? BatchOutcomeRetention.All;

    // Checked here, when the call is made, rather than when its first batch is sent (or a stream is first read).
    private (BatchPlan<IngestContact> Plan, BatchRunner.SendBatch<IngestContact, IngestItemResult> Send) UpsertContactsBatches(IAsyncEnumerable<IngestContact> contacts, IngestWriteOptions? options, InstasentRequestOptions? requestOptions)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        options ??= new IngestWriteOptions();
        InstasentOperationExecutor.CheckRequestOptions(operations.UpsertContacts, requestOptions);
        var ids = Ids();
        var dateAttributes = options.DateAttributes;
        return (
            BatchPlan<IngestContact>.For(executor, MaxBatchSize, c => IngestValidation.Validate(c, dateAttributes)),
            (batch, _, ct) => SendBatchAsync(
                operations.UpsertContacts,
                JsonRequestContent.Create(batch, Json.IReadOnlyListIngestContact),
                Keys(batch, static c => c.UserId),
                null,
                options,
                requestOptions,
                (sync, dry, body, call, c) => api.UpsertContactsAsync(ids.Project, ids.Datasource, sync, dry, body, call, c),
                ct));
    }

    private (BatchPlan<IngestEvent> Plan, BatchRunner.SendBatch<IngestEvent, IngestItemResult> Send) AppendEventsBatches(IAsyncEnumerable<IngestEvent> events, IngestWriteOptions? options, InstasentRequestOptions? requestOptions)
    {
        ArgumentNullException.ThrowIfNull(events);
        options ??= new IngestWriteOptions();
        InstasentOperationExecutor.CheckRequestOptions(operations.AppendEvents, requestOptions);
        var ids = Ids();
        // The id is fixed when the event is read, before its batch is sent, so every retry carries the same id and an
        // event whose fate is unknown can be looked up (or sent again) by it.
        var plan = BatchPlan<IngestEvent>.For(executor, MaxBatchSize, IngestValidation.Validate) with
        {
            Prepare = IngestEventIds.WithId,
            Reference = static e => e?.EventId,
        };
        return (
            plan,
            (batch, _, ct) => SendBatchAsync(
                operations.AppendEvents,
                JsonRequestContent.Create(batch, Json.IReadOnlyListIngestEvent),
                Keys(batch, static e => e.UserId),
                Keys(batch, static e => e.EventId),
                options,
                requestOptions,
                (sync, dry, body, call, c) => api.AppendEventsAsync(ids.Project, ids.Datasource, sync, dry, body, call, c),
                ct));
    }

    private static string?[] Keys<T>(IReadOnlyList<T> batch, Func<T, string?> key)
    {
        var keys = new string?[batch.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = key(batch[i]);
        }

        return keys;
    }

    public Task<InstasentResponse<StreamContact>> GetContactAsync(string userId, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var (p, d) = Ids();
        return Send(
            operations.GetContact,
            requestOptions,
            (call, ct) => api.GetContactAsync(p, d, userId, call, ct),
            b =>
            {
                var envelope = InstasentOperationExecutor.Deserialize(b, Json.StreamContactEnvelope);
                return envelope.Contact ?? envelope.Entity ?? InstasentOperationExecutor.Deserialize(b, Json.StreamContact);
            },
            cancellationToken);
    }

    public Task<InstasentResponse<IngestBatchResponse>> DeleteContactAsync(string userId, InstasentRequestOptions? requestOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var (p, d) = Ids();
        return Send(operations.DeleteContact, requestOptions, (call, ct) => api.DeleteContactAsync(p, d, userId, call, ct), ParseBatch, cancellationToken);
    }

    /// <inheritdoc />
    public override string ToString() => $"IngestDatasourceClient {{ Name = {Name}, ProjectId = {ProjectId}, DatasourceId = {DatasourceId} }}";

    private static IngestBatchResponse ParseBatch(ReadOnlyMemory<byte> body) =>
        EnvelopeParsing.FirstSignificantByte(body.Span) == 0 ? new IngestBatchResponse() : InstasentOperationExecutor.Deserialize(body, Json.IngestBatchResponse);

    private async Task<IReadOnlyList<BatchItemOutcome<IngestItemResult>>> SendBatchAsync(
        InstasentOperation operation,
        HttpContent body,
        IReadOnlyList<string?> userIds,
        IReadOnlyList<string?>? eventIds,
        IngestWriteOptions options,
        InstasentRequestOptions? requestOptions,
        Func<string?, string?, HttpContent, InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
    {
        var context = executor.CreateContext(operation, requestOptions, Name);
        var sync = options.Sync ? "true" : null;
        var dryRun = options.DryRun ? "true" : null;
        // A 422 means every record failed; its body has the same per-record shape as a partial 202, so it is read
        // rather than thrown, and each record gets its own field errors.
        // Mapped while the response is read, so an answer the mapper cannot make sense of is a typed format failure.
        return await executor.SendForValueAsync(
            context,
            (call, ct) => send(sync, dryRun, body, call, ct),
            (bytes, status) =>
                IngestOutcomeMapper.Map(userIds, eventIds, bytes, options.DryRun, requireItemDetails: status == 422)
                ?? throw executor.CreateApiException(context, 422, bytes),
            status => status == 422,
            cancellationToken).ConfigureAwait(false);
    }

    private Task<InstasentResponse<T>> Send<T>(InstasentOperation operation, InstasentRequestOptions? requestOptions, Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send, Func<ReadOnlyMemory<byte>, T> parse, CancellationToken cancellationToken) =>
        executor.SendAsync(executor.CreateContext(operation, requestOptions, Name), send, (body, _) => parse(body), null, cancellationToken);

    private (string Project, string Datasource) Ids()
    {
        if (fixedProjectId is not null && fixedDatasourceId is not null)
        {
            return (fixedProjectId, fixedDatasourceId);
        }

        // A registered datasource is read from the current options each time, so reloaded configuration applies.
        var options = executor.Options;
        if (options.Ingest.Datasources?.TryGetValue(Name!, out var datasource) != true || datasource is null)
        {
            throw new ArgumentException($"The datasource '{Name}' is no longer registered under Instasent:Ingest:Datasources.");
        }

        var project = IngestFamily.ProjectOf(options, datasource)
            ?? throw new ArgumentException($"The datasource '{Name}' has no project UID; set Instasent:Ingest:Datasources:{Name}:ProjectId or Instasent:Ingest:ProjectId.");
        var id = string.IsNullOrWhiteSpace(datasource.DatasourceId)
            ? throw new ArgumentException($"Instasent:Ingest:Datasources:{Name}:DatasourceId is empty.")
            : datasource.DatasourceId;
        return (project, id);
    }
}
