namespace Instasent.Sdk.Errors;

/// <summary>A response arrived but could not be read: malformed or unexpected JSON, or a body above the size cap.</summary>
public sealed class InstasentResponseFormatException : InstasentException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="summary">What could not be read.</param>
    /// <param name="info">The copied details.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public InstasentResponseFormatException(string summary, InstasentErrorInfo info, Exception? innerException = null)
        : base(summary, info, innerException)
    {
    }

    /// <summary>Gets the HTTP status of the response.</summary>
    public int StatusCode => Info.StatusCode ?? 0;

    /// <summary>Gets the response body, cut to 8 KiB of UTF-8 bytes on a character boundary, with the message text the call sent withheld.</summary>
    public string? ResponseBody => Info.ResponseBody;
}
