namespace Instasent.Sdk.Testing;

/// <summary>The kinds of fault <see cref="RandomFaultInjector"/> can inject.</summary>
public enum FaultKind
{
    /// <summary>No fault: the request is handled normally.</summary>
    None,

    /// <summary>429 with <c>Retry-After</c> (seconds) or <c>retry-after-ms</c>.</summary>
    RateLimitedRetryAfter,

    /// <summary>429 with <c>X-RateLimit-Reset</c> (Unix seconds), as Instasent sends it.</summary>
    RateLimitedReset,

    /// <summary>429 with no hint at all.</summary>
    RateLimitedBare,

    /// <summary>500, 502 or 503 before the server did any work.</summary>
    ServerError,

    /// <summary>500 after the server did the work (for example stored the SMS).</summary>
    ServerErrorAfterWork,

    /// <summary>The connection is dropped before the request is handled.</summary>
    ResetBeforeHandling,

    /// <summary>The connection is dropped after the request was handled.</summary>
    ResetAfterHandling,

    /// <summary>The response body is cut in the middle, after the work was done.</summary>
    TruncatedBody,

    /// <summary>No first byte until the client gives up.</summary>
    SlowFirstByte,

    /// <summary>An HTML error page from a "proxy".</summary>
    HtmlErrorPage,

    /// <summary>An error status with an empty body.</summary>
    EmptyErrorBody,
}
