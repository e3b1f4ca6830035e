using Instasent.Sdk.Http;
using Microsoft.Extensions.Logging;

namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// Every log line the SDK writes. Paths are masked and carry no query string; tokens and message text never appear
/// (request bodies only with <see cref="InstasentDiagnosticsOptions.LogContent"/>).
/// </summary>
internal static partial class InstasentLog
{
    public const string CategoryName = "Instasent.Sdk";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Operation} {Method} {Path} answered {StatusCode} in {ElapsedMs:0} ms (attempt {Attempt})")]
    public static partial void AttemptCompleted(ILogger logger, string operation, string method, string path, int statusCode, double elapsedMs, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Operation} {Method} {Path} failed after {ElapsedMs:0} ms (attempt {Attempt}): {Failure}")]
    public static partial void AttemptFailed(ILogger logger, string operation, string method, string path, double elapsedMs, int attempt, string failure);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Operation} retry {Retry} in {DelayMs:0} ms ({Source})")]
    public static partial void RetryScheduled(ILogger logger, string operation, int retry, double delayMs, RetryDelaySource source);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Operation} request body: {Body}")]
    public static partial void RequestBody(ILogger logger, string operation, string body);

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "{Operation} paced: waiting {DelayMs:0} ms for the token's next rate-limit window")]
    public static partial void Paced(ILogger logger, string operation, double delayMs);

    // Only the exception type: a store's message may hold connection details.
    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "{Operation} rate-limit pacing store failed ({ExceptionType}); the attempt goes on unpaced")]
    public static partial void PacingStoreFailed(ILogger logger, string operation, string exceptionType);
}
