using Instasent.Sdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace Instasent.Sdk.AspNetCore;

/// <summary>Log messages of the webhook endpoints; none carries a secret, a signature, the request path or the payload.</summary>
/// <remarks>
/// <c>LoggerMessage.Define</c> rather than the source generator: on net8.0 the shared framework and the logging package
/// would each run their generator and emit the methods twice.
/// </remarks>
internal static class WebhookLog
{
    private static readonly Action<ILogger, string, string, WebhookSignatureFailureReason, string, Exception?> SignatureRejectedMessage =
        LoggerMessage.Define<string, string, WebhookSignatureFailureReason, string>(LogLevel.Warning, new EventId(1, "WebhookSignatureRejected"), "Rejected a webhook from {Provider} on {Route}: {Reason} ({Header}).");

    private static readonly Action<ILogger, string, string, string, Exception?> PayloadRejectedMessage =
        LoggerMessage.Define<string, string, string>(LogLevel.Warning, new EventId(2, "WebhookPayloadRejected"), "Rejected a webhook from {Provider} on {Route}: the payload cannot be read ({Detail}).");

    private static readonly Action<ILogger, string, string, Exception?> DuplicateMessage =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(3, "WebhookDuplicate"), "Skipped a duplicate webhook from {Provider} on {Route}.");

    private static readonly Action<ILogger, string, string, string, Exception?> NotConfiguredMessage =
        LoggerMessage.Define<string, string, string>(LogLevel.Error, new EventId(4, "WebhookNotConfigured"), "The {Provider} webhook endpoint on {Route} is not configured: {Detail}");

    private static readonly Action<ILogger, string, string, long, Exception?> TooLargeMessage =
        LoggerMessage.Define<string, string, long>(LogLevel.Warning, new EventId(5, "WebhookTooLarge"), "Rejected a webhook from {Provider} on {Route}: the body is larger than {Limit} bytes.");

    private static readonly Action<ILogger, string, Exception?> UrlSecretRejectedMessage =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(6, "WebhookUrlSecretRejected"), "Rejected an Instasent delivery report on {Route}: the URL secret does not match.");

    private static readonly Action<ILogger, string, string, Exception?> InFlightMessage =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(7, "WebhookInFlight"), "Refused a duplicate webhook from {Provider} on {Route} while another copy is being handled (503, the sender retries).");

    private static readonly Action<ILogger, string, string, string, string, Exception?> StoreFailedMessage =
        LoggerMessage.Define<string, string, string, string>(LogLevel.Warning, new EventId(8, "WebhookDeduplicationStoreFailed"), "The deduplication store failed to {Operation} a webhook from {Provider} on {Route} ({ExceptionType}); the processing lease will expire on its own.");

    private static readonly Action<ILogger, string, string, string, Exception?> ClaimFailedMessage =
        LoggerMessage.Define<string, string, string>(LogLevel.Warning, new EventId(9, "WebhookDeduplicationClaimFailed"), "The deduplication store could not claim a webhook from {Provider} on {Route} ({ExceptionType}); answered 503 so the sender retries.");

    public static void SignatureRejected(ILogger logger, string provider, string route, WebhookSignatureFailureReason reason, string header) =>
        SignatureRejectedMessage(logger, provider, route, reason, header, null);

    public static void PayloadRejected(ILogger logger, string provider, string route, string detail) =>
        PayloadRejectedMessage(logger, provider, route, detail, null);

    public static void Duplicate(ILogger logger, string provider, string route) => DuplicateMessage(logger, provider, route, null);

    public static void InFlight(ILogger logger, string provider, string route) => InFlightMessage(logger, provider, route, null);

    // The exception itself is not logged: a store's message may carry its connection details.
    public static void ClaimFailed(ILogger logger, string provider, string route, string exceptionType) =>
        ClaimFailedMessage(logger, provider, route, exceptionType, null);

    public static void StoreFailed(ILogger logger, string provider, string route, string operation, string exceptionType) =>
        StoreFailedMessage(logger, operation, provider, route, exceptionType, null);

    public static void NotConfigured(ILogger logger, string provider, string route, string detail) => NotConfiguredMessage(logger, provider, route, detail, null);

    public static void TooLarge(ILogger logger, string provider, string route, long limit) => TooLargeMessage(logger, provider, route, limit, null);

    public static void UrlSecretRejected(ILogger logger, string route) => UrlSecretRejectedMessage(logger, route, null);
}
