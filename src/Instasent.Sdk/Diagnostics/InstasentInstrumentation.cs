using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Metrics;
using System.Reflection;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/>, <see cref="Meter"/> and instruments, and the only code that writes to them.
/// Every entry point checks for a listener first, so an application that collects no telemetry pays one branch per call.
/// What may go into a tag is decided here, once: names, counts, status codes, the request id the server chose and
/// route templates. Never a token, an idempotency key value, a phone number or message text, whatever
/// <see cref="InstasentDiagnosticsOptions"/> says (those options govern logs only: telemetry backends usually keep data
/// longer and show it to more people than application logs).
/// </summary>
internal static class InstasentInstrumentation
{
    private static readonly string Version =
        typeof(InstasentInstrumentation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    // Bucket boundaries of the OpenTelemetry HTTP client duration histogram, so SDK and HttpClient charts line up.
    // Refit puts the route template ("/sms/{id}") on every request it builds.
    private static readonly HttpRequestOptionsKey<string> RelativePathTemplateKey = new(Refit.HttpRequestMessageOptions.RelativePathTemplate);

    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120];

    public static readonly ActivitySource Source = new(InstasentTelemetry.ActivitySourceName, Version);

    public static readonly Meter Meter = new(InstasentTelemetry.MeterName, Version);

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram(
        TelemetryTags.OperationDurationInstrument,
        "s",
        "Duration of one public SDK operation, from the call to its result or exception, retries and waits included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        TelemetryTags.RetriesInstrument, "{retry}", "Retries scheduled by the SDK's retry policy.");

    public static readonly Histogram<double> RateLimitWait = Meter.CreateHistogram(
        TelemetryTags.RateLimitWaitInstrument,
        "s",
        "Time the SDK chose to wait after a 429 before trying again.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300] });

    public static readonly Counter<long> BulkItems = Meter.CreateCounter<long>(
        TelemetryTags.BulkItemsInstrument, "{item}", "Items handled by bulk and batch operations, by outcome.");

    // The runtime's key for a request's enrichment state (nameof(HttpMetricsEnrichmentContext) in System.Net.Http).
    private const string RuntimeEnrichmentKey = "HttpMetricsEnrichmentContext";

    // Static, so enriching a request allocates no closure: the call context travels on the request itself.
    private static readonly Action<HttpMetricsEnrichmentContext> AddOperationTags = static enrichment =>
    {
        if (InstasentCallContext.From(enrichment.Request) is { } call)
        {
            enrichment.AddCustomTag(TelemetryTags.Family, call.Operation.Family.Name);
            enrichment.AddCustomTag(TelemetryTags.Operation, call.Operation.Name);
        }
    };

    /// <summary>Gets whether a logical call would record anything (a span or its duration).</summary>
    public static bool OperationObserved => Source.HasListeners() || OperationDuration.Enabled;

    /// <summary>
    /// Starts the span of one logical call; <see langword="null"/> (at no cost) when nobody listens. It is an
    /// <see cref="ActivityKind.Internal"/> span, as Azure.Core's per-operation spans are: the runtime's own HttpClient
    /// spans (source <c>System.Net.Http</c>), one per attempt and children of this one, are the Client spans, so a
    /// backend counts one dependency call per attempt rather than an extra one per operation.
    /// </summary>
    public static Activity? StartOperation(InstasentCallContext context)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var operation = context.Operation;
        var activity = Source.StartActivity(operation.SpanName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.Family, operation.Family.Name);
            activity.SetTag(TelemetryTags.Operation, operation.Name);
        }

        context.Activity = activity;
        return activity;
    }

    /// <summary>Ends the span of a logical call and records its duration.</summary>
    public static void StopOperation(Activity? activity, InstasentCallContext context, int? statusCode, Exception? error)
    {
        var errorType = error is null ? null : ErrorType(error);
        if (activity is not null)
        {
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(TelemetryTags.AttemptCount, context.Attempts.Count);
                activity.SetTag(TelemetryTags.IdempotencyKeySent, context.Operation.SendsIdempotencyKey && !string.IsNullOrEmpty(context.IdempotencyKey));
                if (context.IdempotentReplayed)
                {
                    activity.SetTag(TelemetryTags.IdempotentReplayed, true);
                }

                if (statusCode is { } status)
                {
                    activity.SetTag(TelemetryTags.HttpStatusCode, status);
                }

                if (context.LastRequestId is { } requestId)
                {
                    activity.SetTag(TelemetryTags.RequestId, requestId);
                }

                if (context.LastRateLimit?.Remaining is { } remaining)
                {
                    activity.SetTag(TelemetryTags.RateLimitRemaining, remaining);
                }

                if (errorType is not null)
                {
                    activity.SetTag(TelemetryTags.ErrorType, errorType);
                }
            }

            if (errorType is not null)
            {
                // Only the error type, never the exception message: a server's error text can echo a number or the message.
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            activity.Stop();
        }

        if (OperationDuration.Enabled)
        {
            var tags = OperationTags(context.Operation);
            if (statusCode is { } status)
            {
                tags.Add(TelemetryTags.HttpStatusCode, status);
            }

            if (errorType is not null)
            {
                tags.Add(TelemetryTags.ErrorType, errorType);
            }

            OperationDuration.Record(context.Elapsed.TotalSeconds, tags);
        }
    }

    /// <summary>Adds what only the first HTTP request knows (method, route template, host) to the call's span.</summary>
    public static void DescribeRequest(InstasentCallContext context, HttpRequestMessage request)
    {
        if (context.Activity is not { IsAllDataRequested: true } activity)
        {
            return;
        }

        activity.SetTag(TelemetryTags.HttpMethod, request.Method.Method);
        // The route template ("/sms/{id}") rather than the URL: low cardinality and free of ids and phone numbers.
        if (request.Options.TryGetValue(RelativePathTemplateKey, out var template) && template is not null)
        {
            var basePath = context.Operation.Family.SelectOptions(context.Options).BaseAddress?.AbsolutePath.TrimEnd('/') ?? string.Empty;
            activity.SetTag(TelemetryTags.UrlTemplate, basePath + "/" + template.TrimStart('/'));
        }

        if (request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            activity.SetTag(TelemetryTags.ServerAddress, uri.Host);
            activity.SetTag(TelemetryTags.ServerPort, uri.Port);
        }
    }

    /// <summary>
    /// Adds the call's family and operation to the runtime's <c>http.client.request.duration</c> (meter
    /// <c>System.Net.Http</c>) for this attempt. The runtime records one measurement per attempt and runs the callback
    /// only when that instrument is enabled, so the SDK keeps no attempt instruments of its own. Skipped while nobody
    /// listens to the SDK: an application that collects no SDK telemetry pays nothing per attempt.
    /// </summary>
    public static void EnrichHttpMetrics(HttpRequestMessage request)
    {
        if (OperationObserved)
        {
            HttpMetricsEnrichmentContext.AddCallback(request, AddOperationTags);
        }
    }

    /// <summary>
    /// Detaches the runtime's enrichment state from a request whose attempt is over. The retry policy sends the same
    /// message again; runtimes without the fix for dotnet/runtime#108284 leave the state (already back in their pool)
    /// on the request, so the next attempt would share it with another request, and a runtime whose instrument is
    /// disabled would pile up one callback per attempt. Current runtimes have removed it already.
    /// </summary>
    public static void EndHttpMetricsAttempt(HttpRequestMessage request)
    {
        if (OperationObserved)
        {
            ((IDictionary<string, object?>)request.Options).Remove(RuntimeEnrichmentKey);
        }
    }

    /// <summary>Records a scheduled retry: a span event, the retry counter and, after a 429, the rate-limit wait.</summary>
    public static void RetryScheduled(InstasentCallContext context, TimeSpan delay, RetryDelaySource source, bool rateLimited)
    {
        if (context.Activity is { IsAllDataRequested: true } activity)
        {
            var attempts = context.Attempts;
            var last = attempts.Count > 0 ? attempts[^1] : null;
            var tags = new ActivityTagsCollection
            {
                [TelemetryTags.AttemptNumber] = last?.Number ?? attempts.Count,
                [TelemetryTags.RetryDelay] = delay.TotalSeconds,
                [TelemetryTags.RetryDelaySource] = SourceName(source),
            };
            if (last?.StatusCode is { } status)
            {
                tags[TelemetryTags.HttpStatusCode] = status;
            }
            else if (last is not null)
            {
                tags[TelemetryTags.AttemptOutcome] = last.Outcome;
            }

            activity.AddEvent(new ActivityEvent(TelemetryTags.RetryEvent, tags: tags));
        }

        if (Retries.Enabled || (rateLimited && RateLimitWait.Enabled))
        {
            var tags = OperationTags(context.Operation);
            tags.Add(TelemetryTags.RetryDelaySource, SourceName(source));
            Retries.Add(1, tags);
            if (rateLimited)
            {
                RateLimitWait.Record(delay.TotalSeconds, tags);
            }
        }
    }

    /// <summary>Whether <see cref="StartBatch"/> or <see cref="StopBatch{T}"/> would record anything.</summary>
    public static bool BatchObserved => Source.HasListeners() || BulkItems.Enabled;

    /// <summary>Starts the Internal parent span of a bulk call; each batch's call becomes a child operation span.</summary>
    public static Activity? StartBatch(InstasentOperation operation, int batchSize, int concurrency)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(operation.SpanName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.Family, operation.Family.Name);
            activity.SetTag(TelemetryTags.Operation, operation.Name);
            activity.SetTag(TelemetryTags.BatchSize, batchSize);
            activity.SetTag(TelemetryTags.BatchConcurrency, concurrency);
        }

        return activity;
    }

    /// <summary>Ends a bulk call's parent span with item counts and counts the items by outcome.</summary>
    public static void StopBatch<T>(Activity? activity, InstasentOperation operation, BatchResult<T>? result, Exception? error)
    {
        if (activity is not null)
        {
            if (activity.IsAllDataRequested && result is not null)
            {
                activity.SetTag(TelemetryTags.BatchItemCount, result.ItemCount);
                activity.SetTag(TelemetryTags.BatchCount, result.BatchCount);
                activity.SetTag(TelemetryTags.BatchAccepted, result.AcceptedCount);
                activity.SetTag(TelemetryTags.BatchRejected, result.RejectedCount);
                activity.SetTag(TelemetryTags.BatchFailed, result.FailedCount);
                activity.SetTag(TelemetryTags.BatchNotSent, result.NotSentCount);
                activity.SetTag(TelemetryTags.BatchUnknown, result.UnknownCount);
            }

            if (error is not null)
            {
                var errorType = ErrorType(error);
                activity.SetTag(TelemetryTags.ErrorType, errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }
            else if (result is { FailedCount: > 0 } or { UnknownCount: > 0 })
            {
                // Some batches failed outright or their fate is unknown (not just rejected items): the call did not
                // do all it was asked to.
                activity.SetTag(TelemetryTags.ErrorType, "partial_failure");
                activity.SetStatus(ActivityStatusCode.Error, "partial_failure");
            }

            activity.Stop();
        }

        if (BulkItems.Enabled && result is not null)
        {
            AddItems(operation, "accepted", result.AcceptedCount);
            AddItems(operation, "rejected", result.RejectedCount);
            AddItems(operation, "failed", result.FailedCount);
            AddItems(operation, "not_sent", result.NotSentCount);
            AddItems(operation, "unknown", result.UnknownCount);
        }
    }

    internal static string ErrorType(Exception error) => error switch
    {
        InstasentApiException { StatusCode: > 0 } api => api.StatusCode.ToString(CultureInfo.InvariantCulture),
        InstasentTransportException transport => transport.Kind switch
        {
            TransportFailureKind.Timeout => "timeout",
            TransportFailureKind.ConnectFailure => "connect_failure",
            TransportFailureKind.ConnectionLost => "connection_lost",
            _ => "transport",
        },
        InstasentResponseFormatException => "response_format",
        InstasentConfigurationException => "configuration",
        OperationCanceledException => "cancelled",
        _ => error.GetType().FullName ?? "error",
    };

    private static string SourceName(RetryDelaySource source) => source switch
    {
        RetryDelaySource.RetryAfter => "retry_after",
        RetryDelaySource.RetryAfterMilliseconds => "retry_after_ms",
        RetryDelaySource.RateLimitReset => "rate_limit_reset",
        RetryDelaySource.Backoff => "backoff",
        RetryDelaySource.FixedWindow => "fixed_window",
        RetryDelaySource.None => "none",
        _ => source.ToString(),
    };

    private static TagList OperationTags(InstasentOperation operation) => new()
    {
        { TelemetryTags.Family, operation.Family.Name },
        { TelemetryTags.Operation, operation.Name },
    };

    private static void AddItems(InstasentOperation operation, string status, int count)
    {
        if (count > 0)
        {
            var tags = OperationTags(operation);
            tags.Add(TelemetryTags.ItemStatus, status);
            BulkItems.Add(count, tags);
        }
    }
}
