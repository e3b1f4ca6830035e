using Instasent.Sdk.Http;

namespace Instasent.Sdk.Errors;

/// <summary>
/// Everything an SDK exception carries. It holds copied values only: never the request, its headers or the token.
/// Public so that applications can build exceptions in their own tests.
/// </summary>
public sealed record InstasentErrorInfo
{
    /// <summary>Gets the operation, as <c>Family.Operation</c> (for example <c>Transactional.SendSms</c>).</summary>
    public string? Operation { get; init; }

    /// <summary>Gets the HTTP status of the last attempt, if a response arrived.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the API's machine error code, when the family has one.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the API's error type (LynSMS <c>error.type</c>).</summary>
    public string? ErrorType { get; init; }

    /// <summary>Gets the API's own error message.</summary>
    public string? ApiMessage { get; init; }

    /// <summary>Gets the request id from the response headers or body.</summary>
    public string? RequestId { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> sent with every attempt, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets every attempt made, with the delays chosen between them.</summary>
    public IReadOnlyList<InstasentAttempt> Attempts { get; init; } = [];

    /// <summary>Gets the time spent on the logical call.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets the rate-limit headers of the last response.</summary>
    public RateLimitInfo? RateLimit { get; init; }

    /// <summary>Gets the response body, cut to 8 KiB of UTF-8 on a character boundary, with the message text the call sent withheld.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>Gets field errors by field name; the empty name holds errors not tied to a field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; init; } = ApiErrorDetails.EmptyFieldErrors;

    /// <summary>Gets further members of the error body (for example <c>period</c>, <c>traffic_type</c>).</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = ApiErrorDetails.EmptyExtras;

    /// <summary>Gets how long the server asked the caller to wait, when it did.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Gets a one-line hint on what to do, added by the SDK.</summary>
    public string? Hint { get; init; }
    /// <summary>
    /// Returns the identifying fields (operation, status, codes, request id, attempts) for logs and debugger views. The
    /// response body, field errors and details are left out and the API message has numbers and e-mails masked: they
    /// may echo personal data or message text sent by the caller (the compiler-generated record ToString printed them all).
    /// </summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString()
    {
        // Defensive about null collections: a caller may build an info with object initialisers that set them to null.
        var text = new System.Text.StringBuilder(160).Append("InstasentErrorInfo { Operation = ").Append(Operation)
            .Append(", StatusCode = ").Append(StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", ErrorCode = ").Append(ErrorCode)
            .Append(", ErrorType = ").Append(ErrorType)
            .Append(", ApiMessage = ").Append(Diagnostics.PiiMasker.Mask(ApiMessage))
            .Append(", RequestId = ").Append(RequestId)
            .Append(", IdempotencyKey = ").Append(IdempotencyKey)
            .Append(", Attempts = ").Append((Attempts?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", Elapsed = ").Append(Elapsed.ToString("c", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", RetryAfter = ").Append(RetryAfter?.ToString("c", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", ResponseBody = ").Append(ResponseBody is null ? "null" : $"[{ResponseBody.Length} chars withheld]")
            .Append(", FieldErrors = [").Append(string.Join(", ", FieldErrors?.Keys ?? [])).Append(']')
            .Append(", Hint = ").Append(Hint)
            .Append(" }");
        return text.ToString();
    }
}
