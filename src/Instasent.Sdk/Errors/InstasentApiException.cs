using System.Globalization;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Errors;

/// <summary>The server answered with an error status. Subclasses name the statuses callers handle differently.</summary>
public class InstasentApiException : InstasentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="info">The copied details; <see cref="InstasentErrorInfo.StatusCode"/> should be set.</param>
    public InstasentApiException(InstasentErrorInfo info)
        : base(Summary(info), info)
    {
    }

    /// <summary>Gets the HTTP status code.</summary>
    public int StatusCode => Info.StatusCode ?? 0;

    /// <summary>Gets the API's machine error code (for example <c>insufficient_balance</c>), when the family has one.</summary>
    public string? ErrorCode => Info.ErrorCode;

    /// <summary>Gets the API's error type (LynSMS <c>error.type</c>), when the family has one.</summary>
    public string? ErrorType => Info.ErrorType;

    /// <summary>Gets the API's own message.</summary>
    public string? ApiMessage => Info.ApiMessage;

    /// <summary>Gets the rate-limit headers of the last response.</summary>
    public RateLimitInfo? RateLimit => Info.RateLimit;

    /// <summary>
    /// Gets the response body, cut to 8 KiB of UTF-8 (may hold personal data the server echoed, such as phone numbers;
    /// the message text the call sent is withheld; not part of <see cref="Exception.Message"/>).
    /// </summary>
    public string? ResponseBody => Info.ResponseBody;

    /// <summary>Gets field errors by field name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors => Info.FieldErrors;

    /// <summary>Gets further members of the error body.</summary>
    public IReadOnlyDictionary<string, string> Details => Info.Details;

    private static string Summary(InstasentErrorInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var status = info.StatusCode ?? 0;
        if (status == 0)
        {
            // Raised by the SDK itself before anything was sent (a spent pacing budget): there is no HTTP status to show.
            return "Not sent";
        }

        var reason = ReasonPhrase(status);
        return reason is null
            ? "HTTP " + status.ToString(CultureInfo.InvariantCulture)
            : "HTTP " + status.ToString(CultureInfo.InvariantCulture) + " " + reason;
    }

    private static string? ReasonPhrase(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Payload Too Large",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };
}
