using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;
using Polly.Timeout;

namespace Instasent.Sdk.Http;

/// <summary>
/// Runs one logical call for a family client: creates the call context, lets the Refit method send it through the
/// shared pipeline, and turns the outcome into an <see cref="InstasentResponse{T}"/> or a typed exception.
/// Every failure a caller sees is an <see cref="InstasentException"/>, except an <see cref="OperationCanceledException"/>
/// caused by the caller's own token.
/// </summary>
internal sealed class InstasentOperationExecutor
{
    /// <summary>The most of an error body kept on an exception, in UTF-8 bytes.</summary>
    internal const int MaxErrorBodyBytes = 8 * 1024;
    private readonly Func<InstasentClientOptions> currentOptions;

    public InstasentOperationExecutor(InstasentFamily family, Func<InstasentClientOptions> currentOptions, TimeProvider timeProvider)
    {
        Family = family;
        this.currentOptions = currentOptions;
        TimeProvider = timeProvider;
    }

    public InstasentFamily Family { get; }

    public TimeProvider TimeProvider { get; }

    public InstasentClientOptions Options => currentOptions();

    /// <summary>
    /// Creates the context of one call. The per-call options are checked here, before anything is sent, so a bad one is
    /// an <see cref="ArgumentException"/> naming the field rather than a failure halfway through the pipeline.
    /// </summary>
    public InstasentCallContext CreateContext(InstasentOperation operation, InstasentRequestOptions? requestOptions = null, string? credentialKey = null)
    {
        if (requestOptions is not null)
        {
            ThrowIfInvalid(operation, requestOptions);
        }

        return new(operation, currentOptions(), TimeProvider, requestOptions) { CredentialKey = credentialKey };
    }

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", CallHeadersHandler.HeaderName, "Content-Type", "Content-Length", "Host",
    };

    /// <summary>
    /// Checks per-call options without starting a call: for bulk calls and lists, whose requests start later (at the
    /// first batch or page), so bad options fail where they were passed.
    /// </summary>
    public static void CheckRequestOptions(InstasentOperation operation, InstasentRequestOptions? requestOptions)
    {
        if (requestOptions is not null)
        {
            ThrowIfInvalid(operation, requestOptions);
        }
    }

    private static void ThrowIfInvalid(InstasentOperation operation, InstasentRequestOptions options)
    {
        if (options.IdempotencyKey is { } key)
        {
            if (!operation.SendsIdempotencyKey)
            {
                throw new ArgumentException(
                    $"requestOptions.IdempotencyKey: {operation.DisplayName} does not honour an Idempotency-Key, so a key could not make its retries safe; leave it unset.",
                    nameof(options));
            }

            if (string.IsNullOrWhiteSpace(key) || key.Any(char.IsControl) || key.Length > 255)
            {
                throw new ArgumentException("requestOptions.IdempotencyKey must be 1 to 255 printable characters.", nameof(options));
            }
        }

        if (options.OutcomeRetention is { } retention)
        {
            if (!operation.IsBulk)
            {
                throw new ArgumentException($"requestOptions.OutcomeRetention: {operation.DisplayName} is not a bulk call, so it has no outcomes to keep; leave it unset.", nameof(options));
            }

            if (!Enum.IsDefined(retention))
            {
                throw new ArgumentOutOfRangeException(nameof(options), retention, "requestOptions.OutcomeRetention is not a defined BatchOutcomeRetention value.");
            }
        }

        if (options.Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), timeout, "requestOptions.Timeout must be positive.");
        }

        if (options.Token is { } token && (string.IsNullOrWhiteSpace(token) || token.Trim().Any(char.IsControl)))
        {
            // The token is never part of the message.
            throw new ArgumentException("requestOptions.Token is blank or contains control characters.", nameof(options));
        }

        if (options.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                if (string.IsNullOrWhiteSpace(name) || ReservedHeaders.Contains(name))
                {
                    throw new ArgumentException($"requestOptions.Headers: '{name}' is set by the SDK and cannot be given as an extra header.", nameof(options));
                }

                if (value is null || value.Any(c => c is '\r' or '\n'))
                {
                    throw new ArgumentException($"requestOptions.Headers['{name}'] is null or contains a line break.", nameof(options));
                }
            }
        }
    }

    public Task<InstasentResponse<T>> SendAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        JsonTypeInfo<T> typeInfo,
        CancellationToken cancellationToken) =>
        SendAsync(context, send, (body, _) => Deserialize(body, typeInfo), null, cancellationToken);

    public Task<InstasentResponse<T>> SendAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, int, T> parse,
        Func<int, bool>? acceptErrorStatus,
        CancellationToken cancellationToken) =>
        // Without a listener the call skips the telemetry wrapper entirely (not even its async state machine).
        InstasentInstrumentation.OperationObserved
            ? SendObservedAsync(context, send, parse, acceptErrorStatus, cancellationToken)
            : SendCoreAsync(context, send, parse, acceptErrorStatus, cancellationToken);

    /// <summary>
    /// Sends a call whose caller needs only the parsed value (a bulk batch, whose answer becomes outcomes): the body is
    /// read into a pooled buffer that goes back to the pool as soon as it is parsed, since no
    /// <see cref="InstasentResponse{T}"/> with the raw body is handed out.
    /// </summary>
    public async Task<T> SendForValueAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, int, T> parse,
        Func<int, bool>? acceptErrorStatus,
        CancellationToken cancellationToken)
    {
        context.RetainsBody = false;
        var response = await SendAsync(context, send, parse, acceptErrorStatus, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    private async Task<InstasentResponse<T>> SendObservedAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, int, T> parse,
        Func<int, bool>? acceptErrorStatus,
        CancellationToken cancellationToken)
    {
        // The span wraps the whole logical call (every attempt, every wait and the parsing); null when nobody listens.
        var activity = InstasentInstrumentation.StartOperation(context);
        try
        {
            var result = await SendCoreAsync(context, send, parse, acceptErrorStatus, cancellationToken).ConfigureAwait(false);
            InstasentInstrumentation.StopOperation(activity, context, result.StatusCode, null);
            return result;
        }
        catch (Exception ex)
        {
            InstasentInstrumentation.StopOperation(activity, context, (ex as InstasentException)?.Info.StatusCode ?? LastStatus(context), ex);
            throw;
        }
    }

    private async Task<InstasentResponse<T>> SendCoreAsync<T>(
        InstasentCallContext context,
        Func<InstasentCallContext, CancellationToken, Task<HttpResponseMessage>> send,
        Func<ReadOnlyMemory<byte>, int, T> parse,
        Func<int, bool>? acceptErrorStatus,
        CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await send(context, cancellationToken).ConfigureAwait(false);
        }
        catch (InstasentException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ResponseTooLargeException tooLarge)
        {
            throw new InstasentResponseFormatException(tooLarge.Message, context.ToErrorInfo());
        }
        catch (Exception ex)
        {
            throw ToTransportException(ex, context);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var body = response.Content is BufferedBodyContent buffered ? buffered.Body : ReadOnlyMemory<byte>.Empty;
            if (!response.IsSuccessStatusCode && acceptErrorStatus?.Invoke(status) != true)
            {
                throw CreateApiException(context, status, body);
            }

            T value;
            try
            {
                value = parse(body, status);
            }
            // Any failure while reading a response is a format failure, whatever the parser threw (bulk answers are
            // mapped to their items here too); only the SDK's own typed failures pass through.
            catch (Exception ex) when (ex is not InstasentException)
            {
                throw new InstasentResponseFormatException(
                    $"HTTP {status} response could not be read as the expected JSON ({ex.GetType().Name})",
                    context.ToErrorInfo() with { StatusCode = status, ResponseBody = ErrorBody(body, context.CreateEchoMask()) },
                    ex as JsonException);
            }

            if (value is null)
            {
                throw new InstasentResponseFormatException(
                    $"HTTP {status} response had no content where a value was expected",
                    context.ToErrorInfo() with { StatusCode = status, ResponseBody = ErrorBody(body, context.CreateEchoMask()) });
            }

            // A pooled body goes back to the pool with the response, so it is not handed out.
            var kept = context.RetainsBody ? body : ReadOnlyMemory<byte>.Empty;
            return new InstasentResponse<T>(value, status, context.LastRequestId, context.LastRateLimit, context.IdempotencyKey, context.IdempotentReplayed, context.SnapshotAttempts(), kept, response.Headers, response.Content?.Headers);
        }
    }

    private static int? LastStatus(InstasentCallContext context)
    {
        var attempts = context.Attempts;
        return attempts.Count > 0 ? attempts[^1].StatusCode : null;
    }

    public static T Deserialize<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<T> typeInfo)
    {
        if (body.IsEmpty)
        {
            throw new JsonException("The response body is empty.");
        }

        // A body of JSON null deserialises to null; every caller expects a value, so it is malformed like any other
        // unexpected shape (the fuzzer found a NullReferenceException here).
        return JsonSerializer.Deserialize(body.Span, typeInfo) ?? throw new JsonException("The response body is JSON null.");
    }

    internal InstasentApiException CreateApiException(InstasentCallContext context, int status, ReadOnlyMemory<byte> body)
    {
        var details = Family.ErrorReader.Read(status, body.Span);
        // Servers echo request fields in errors ("Invalid text: ..."); the message text the call sent is withheld everywhere.
        var mask = context.CreateEchoMask();
        var info = context.ToErrorInfo() with
        {
            StatusCode = status,
            ErrorCode = details.ErrorCode,
            ErrorType = details.ErrorType,
            ApiMessage = mask is null ? details.Message : mask.Apply(details.Message),
            RequestId = context.LastRequestId ?? details.RequestId,
            ResponseBody = ErrorBody(body, mask),
            FieldErrors = mask is null ? details.FieldErrors : details.FieldErrors.ToDictionary(f => mask.Apply(f.Key)!, f => (IReadOnlyList<string>)[.. f.Value.Select(v => mask.Apply(v)!)], StringComparer.Ordinal),
            Details = mask is null ? details.Extras : details.Extras.ToDictionary(d => d.Key, d => mask.Apply(d.Value)!, StringComparer.Ordinal),
            RetryAfter = status is 429 or 503 ? context.ServerRetryAfter : null,
            Hint = Hint(context, status, details.ErrorCode),
        };
        return InstasentExceptionFactory.Create(info);
    }

    private string? Hint(InstasentCallContext context, int status, string? errorCode)
    {
        var stop = context.StopReason switch
        {
            RetryStopReason.DeadlineTooClose => $"The wait before the next retry would not fit in the remaining TotalTimeout ({context.TotalTimeout.TotalSeconds:0.###} s), so the SDK stopped",
            RetryStopReason.RateLimitModeThrow => "RateLimitMode is Throw, so the SDK did not wait",
            RetryStopReason.RetriesExhausted when context.Attempts.Count > 1 => $"Gave up after {context.Attempts.Count - 1} retries",
            RetryStopReason.NotRetrySafe => "Not retried: the operation is not safe to repeat",
            _ => null,
        };
        var family = Family.StatusHints.TryGetValue(status, out var text) ? text : null;
        if (status == 409 && context.IdempotencyKey is not null && errorCode is not null
            && string.Equals(errorCode, Family.KeyInFlightErrorCode, StringComparison.OrdinalIgnoreCase))
        {
            family = "The first request with this Idempotency-Key is still being processed and may still succeed; call again later with the same key to get its answer";
        }

        return (stop, family) switch
        {
            (null, null) => null,
            (null, _) => family,
            (_, null) => stop,
            _ => stop + ". " + family,
        };
    }

    private static InstasentTransportException ToTransportException(Exception ex, InstasentCallContext context)
    {
        var unsafeSkip = context.StopReason == RetryStopReason.NotRetrySafe;
        var info = context.ToErrorInfo();
        return ex switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } =>
                new InstasentTransportException(TransportFailureKind.ConnectFailure, false, false, info, ex),
            HttpRequestException or IOException =>
                new InstasentTransportException(TransportFailureKind.ConnectionLost, true, unsafeSkip, info, ex),
            TimeoutRejectedException or OperationCanceledException =>
                new InstasentTransportException(TransportFailureKind.Timeout, context.Attempts.Count > 0, unsafeSkip, info, ex is TimeoutRejectedException ? null : ex),
            _ => new InstasentTransportException(TransportFailureKind.Other, context.Attempts.Count > 0, unsafeSkip, info, ex),
        };
    }

    /// <summary>
    /// The body kept on an exception: at most <see cref="MaxErrorBodyBytes"/> UTF-8 bytes, cut on a character boundary,
    /// with the call's sent text withheld. Echoes are withheld before the cut, over a window that reaches one whole
    /// escaped echo past it, so an echo the cut would split is not left half visible.
    /// </summary>
    private static string? ErrorBody(ReadOnlyMemory<byte> body, SentTextMask? mask)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var window = body.Span[..Utf8Boundary(body.Span, MaxErrorBodyBytes + (mask?.MaxEchoBytes ?? 0))];
        var text = Encoding.UTF8.GetString(window);
        if (mask is not null)
        {
            text = mask.Apply(text)!;
        }

        if (Encoding.UTF8.GetByteCount(text) <= MaxErrorBodyBytes)
        {
            return text;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return Encoding.UTF8.GetString(bytes, 0, Utf8Boundary(bytes, MaxErrorBodyBytes));
    }

    /// <summary>The largest length not above <paramref name="max"/> that does not split a UTF-8 sequence.</summary>
    private static int Utf8Boundary(ReadOnlySpan<byte> bytes, int max)
    {
        if (bytes.Length <= max)
        {
            return bytes.Length;
        }

        var end = max;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80)
        {
            end--;
        }

        return end;
    }
}
