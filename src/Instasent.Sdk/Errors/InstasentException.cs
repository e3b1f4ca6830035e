using System.Globalization;
using System.Text;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Errors;

/// <summary>
/// Base of every failure the SDK reports after a call started. Its <see cref="Exception.Message"/> is one line with the
/// status, API code, API message, request id, idempotency key and attempt count, so a log that keeps only the message
/// still has what support needs; it never holds tokens, message text or unmasked phone numbers.
/// </summary>
public abstract class InstasentException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="summary">What went wrong, in a few words.</param>
    /// <param name="info">The copied details.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected InstasentException(string summary, InstasentErrorInfo info, Exception? innerException = null)
        : base(BuildMessage(summary, info ?? throw new ArgumentNullException(nameof(info))), innerException)
    {
        Info = info;
        Data["Instasent.Operation"] = info.Operation;
        Data["Instasent.StatusCode"] = info.StatusCode;
        Data["Instasent.ErrorCode"] = info.ErrorCode;
        Data["Instasent.RequestId"] = info.RequestId;
        Data["Instasent.IdempotencyKey"] = info.IdempotencyKey;
        Data["Instasent.Attempts"] = info.Attempts.Count;
    }

    /// <summary>Gets all copied details.</summary>
    public InstasentErrorInfo Info { get; }

    /// <summary>Gets the operation, as <c>Family.Operation</c>.</summary>
    public string? Operation => Info.Operation;

    /// <summary>Gets the request id, if the server sent one.</summary>
    public string? RequestId => Info.RequestId;

    /// <summary>Gets the <c>Idempotency-Key</c> sent with every attempt, if any.</summary>
    public string? IdempotencyKey => Info.IdempotencyKey;

    /// <summary>Gets every attempt made, with the delay chosen after each and where it came from.</summary>
    public IReadOnlyList<InstasentAttempt> Attempts => Info.Attempts;

    /// <summary>Gets the time spent on the logical call.</summary>
    public TimeSpan Elapsed => Info.Elapsed;

    private static string BuildMessage(string summary, InstasentErrorInfo info)
    {
        var text = new StringBuilder(160);
        text.Append(summary);
        if (info.ErrorCode is { Length: > 0 } code)
        {
            text.Append(" [").Append(Clip(code, 64)).Append(']');
        }

        if (info.ApiMessage is { Length: > 0 } apiMessage)
        {
            text.Append(": ").Append(PiiMasker.Mask(Clip(apiMessage, 200)));
        }

        text.Append(" (");
        text.Append(info.Operation ?? "operation unknown");
        if (info.RequestId is { Length: > 0 } requestId)
        {
            text.Append(", request id ").Append(Clip(requestId, 100));
        }

        if (info.IdempotencyKey is { Length: > 0 } key)
        {
            text.Append(", idempotency key ").Append(Clip(key, 100));
        }

        text.Append(", ").Append(info.Attempts.Count.ToString(CultureInfo.InvariantCulture))
            .Append(info.Attempts.Count == 1 ? " attempt" : " attempts");
        if (info.RetryAfter is { } retryAfter)
        {
            text.Append(", retry after ").Append(retryAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)).Append(" s");
        }

        text.Append(')');
        if (info.Hint is { Length: > 0 } hint)
        {
            text.Append(". ").Append(hint);
        }

        // One line: a multi-line server message would split log records.
        return text.Replace('\r', ' ').Replace('\n', ' ').ToString();
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
