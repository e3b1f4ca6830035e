namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// Tag, event and instrument names. OpenTelemetry semantic-convention names are used where one fits
/// (<c>http.response.status_code</c>, <c>error.type</c>, <c>url.template</c>); the rest live under <c>instasent.</c>.
/// These names are part of the documented surface (docs/observability.md): renaming one breaks users' dashboards.
/// As the conventions require, no name is both an attribute and the namespace of other attributes
/// (<c>instasent.attempt.number</c>, not <c>instasent.attempt</c> beside <c>instasent.attempt.outcome</c>).
/// </summary>
internal static class TelemetryTags
{
    public const string Family = "instasent.family";
    public const string Operation = "instasent.operation";
    public const string AttemptCount = "instasent.attempt.count";
    public const string IdempotencyKeySent = "instasent.idempotency_key.sent";
    public const string IdempotentReplayed = "instasent.idempotent_replayed";
    public const string RequestId = "instasent.request_id";
    public const string RateLimitRemaining = "instasent.rate_limit.remaining";
    public const string HttpStatusCode = "http.response.status_code";
    public const string HttpMethod = "http.request.method";
    public const string UrlTemplate = "url.template";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ErrorType = "error.type";

    public const string RetryEvent = "instasent.retry";
    public const string AttemptNumber = "instasent.attempt.number";
    public const string AttemptOutcome = "instasent.attempt.outcome";
    public const string RetryDelay = "instasent.retry.delay";
    public const string RetryDelaySource = "instasent.retry.delay_source";

    public const string BatchSize = "instasent.batch.size";
    public const string BatchConcurrency = "instasent.batch.concurrency";
    public const string BatchItemCount = "instasent.batch.item_count";
    public const string BatchCount = "instasent.batch.count";
    public const string BatchAccepted = "instasent.batch.accepted";
    public const string BatchRejected = "instasent.batch.rejected";
    public const string BatchFailed = "instasent.batch.failed";
    public const string BatchNotSent = "instasent.batch.not_sent";
    public const string BatchUnknown = "instasent.batch.unknown";
    public const string ItemStatus = "instasent.item.status";

    // Per logical operation (retries and waits included), like db.client.operation.duration: each HTTP attempt is
    // measured by the runtime's http.client.request.duration, which the SDK enriches with family and operation.
    public const string OperationDurationInstrument = "instasent.client.operation.duration";
    public const string RetriesInstrument = "instasent.client.retries";
    public const string RateLimitWaitInstrument = "instasent.client.rate_limit.wait";
    public const string BulkItemsInstrument = "instasent.client.bulk.items";
}
