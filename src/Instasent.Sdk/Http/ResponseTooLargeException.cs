namespace Instasent.Sdk.Http;

/// <summary>Raised inside the pipeline when a body passes the size cap; the executor turns it into a typed SDK exception.</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException(int maxBytes)
        : base($"The response body is larger than the {maxBytes} byte cap (InstasentClientOptions.MaxResponseBodyBytes).")
    {
        MaxBytes = maxBytes;
    }

    public int MaxBytes { get; }
}
