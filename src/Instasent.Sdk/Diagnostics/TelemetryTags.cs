namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// Tag, event and instrument names. OpenTelemetry semantic-convention names are used where one fits
/// (<c>http.response.status_code</c>, <c>error.type</c>, <c>url.template</c>); the rest live under <c>instasent.</c>.
/// These names are part of the documented surface (docs/observability.md): renaming one breaks users' dashboards.
/// </summary>
internal static class TelemetryTags
{
    public const string Family = "instasent.family";
    public const string Operation = "instasent.operation";
    public const string AttemptCount = "instasent.attempt_count";
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
    public const string Attempt = "instasent.attempt";
    public const string AttemptOutcome = "instasent.attempt.outcome";
    public const string RetryDelay = "instasent.retry.delay";
    public const string RetryDelaySource = "instasent.retry.delay_source";

    public const string BatchItemCount = "instasent.batch.item_count";
    public const string BatchCount = "instasent.batch.count";
    public const string BatchAccepted = "instasent.batch.accepted";
    public const string BatchRejected = "instasent.batch.rejected";
    public const string BatchFailed = "instasent.batch.failed";
    public const string BatchNotSent = "instasent.batch.not_sent";
    public const string BatchUnknown = "instasent.batch.unknown";
    public const string ItemStatus = "instasent.item.status";

    public const string RequestDurationInstrument = "instasent.client.request.duration";
    public const string AttemptDurationInstrument = "instasent.client.attempt.duration";
    public const string AttemptsInstrument = "instasent.client.attempts";
    public const string RetriesInstrument = "instasent.client.retries";
    public const string RateLimitWaitInstrument = "instasent.client.rate_limit.wait";
    public const string BulkItemsInstrument = "instasent.client.bulk.items";
}
