using System.Text;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Instasent.Sdk.Http;

/// <summary>
/// Innermost handler: records each attempt on the call context (status, duration, rate-limit headers, request id)
/// before Polly disposes the response, tags the runtime's HTTP metrics with the call's operation, and writes one masked
/// log line per attempt.
/// </summary>
internal sealed class AttemptHandler : DelegatingHandler
{
    private readonly InstasentFamily family;
    private readonly ILogger logger;
    private readonly TimeProvider timeProvider;

    public AttemptHandler(InstasentFamily family, ILogger logger, TimeProvider timeProvider)
    {
        this.family = family;
        this.logger = logger;
        this.timeProvider = timeProvider;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = InstasentCallContext.From(request);
        var attempt = (context?.Attempts.Count ?? 0) + 1;
        var operation = context?.Operation.DisplayName ?? family.Name;
        var showPhones = context?.Options.Diagnostics.ShowPhoneNumbers ?? false;
        if (attempt == 1 && context?.Options.Diagnostics.LogContent == true && request.Content is ByteArrayContent && logger.IsEnabled(LogLevel.Debug))
        {
            var bytes = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            InstasentLog.RequestBody(logger, operation, showPhones ? text : PiiMasker.Mask(text));
        }

        if (context is not null)
        {
            if (attempt == 1 && context.Activity is not null)
            {
                InstasentInstrumentation.DescribeRequest(context, request);
            }

            InstasentInstrumentation.EnrichHttpMetrics(request);
        }

        var started = timeProvider.GetTimestamp();
        try
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                InstasentInstrumentation.EndHttpMetricsAttempt(request);
            }

            try
            {
                await BufferedBodyContent.BufferAsync(response, context?.Options.MaxResponseBodyBytes ?? int.MaxValue, pooled: context?.RetainsBody == false, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            var elapsed = timeProvider.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            if (context is not null)
            {
                context.LastRateLimit = RateLimitInfo.FromHeaders(response.Headers) ?? context.LastRateLimit;
                context.LastRequestId = ReadRequestId(response) ?? context.LastRequestId;
                context.IdempotentReplayed = response.Headers.NonValidated.TryGetValues("Idempotent-Replayed", out var replayed)
                    && replayed.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
                context.AddAttempt(new InstasentAttempt(attempt, status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), elapsed));
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                InstasentLog.AttemptCompleted(logger, operation, request.Method.Method, LogPath(request, showPhones), status, elapsed.TotalMilliseconds, attempt);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested || ex is TimeoutRejectedException)
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            var failure = Describe(ex);
            context?.AddAttempt(new InstasentAttempt(attempt, null, failure, elapsed));
            if (logger.IsEnabled(LogLevel.Warning))
            {
                InstasentLog.AttemptFailed(logger, operation, request.Method.Method, LogPath(request, showPhones), elapsed.TotalMilliseconds, attempt, failure);
            }

            throw;
        }
        catch (OperationCanceledException)
        {
            // Cancelled from outside this attempt: the caller, the attempt timeout or the total timeout.
            var elapsed = timeProvider.GetElapsedTime(started);
            context?.AddAttempt(new InstasentAttempt(attempt, null, "cancelled", elapsed));
            if (logger.IsEnabled(LogLevel.Warning))
            {
                InstasentLog.AttemptFailed(logger, operation, request.Method.Method, LogPath(request, showPhones), elapsed.TotalMilliseconds, attempt, "cancelled or timed out");
            }

            throw;
        }
    }

    // Masking runs a regex, so it is done only when the line will really be written.
    private static string LogPath(HttpRequestMessage request, bool showPhones) =>
        request.RequestUri is { } uri ? (showPhones ? uri.AbsolutePath : PiiMasker.Mask(uri.AbsolutePath)) : "/";

    private string? ReadRequestId(HttpResponseMessage response)
    {
        foreach (var name in family.RequestIdHeaders)
        {
            if (response.Headers.NonValidated.TryGetValues(name, out var values))
            {
                foreach (var value in values)
                {
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        return value.Length > 200 ? value[..200] : value;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a recorded attempt failed before a connection existed, so its request never left this machine (the same
    /// line the executor draws for <see cref="Errors.TransportFailureKind.ConnectFailure"/>).
    /// </summary>
    internal static bool CouldNotConnect(InstasentAttempt attempt) =>
        attempt.StatusCode is null && attempt.Outcome is ConnectFailureOutcome or NameResolutionFailureOutcome;

    private const string ConnectFailureOutcome = "connection error (" + nameof(HttpRequestError.ConnectionError) + ")";
    private const string NameResolutionFailureOutcome = "connection error (" + nameof(HttpRequestError.NameResolutionError) + ")";

    private static string Describe(Exception ex) => ex switch
    {
        HttpRequestException http => "connection error (" + http.HttpRequestError + ")",
        TimeoutRejectedException => "timeout",
        OperationCanceledException => "timeout",
        IOException => "connection lost",
        ResponseTooLargeException => "response too large",
        InstasentResendRefusedException => "resend refused",
        _ => ex.GetType().Name,
    };
}
