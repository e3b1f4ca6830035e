namespace Instasent.Sdk.Testing;

/// <summary>
/// A misbehaviour the fake server applies to the next matching request(s): an error status with chosen headers and
/// body, a hang, a dropped connection or a body cut in the middle.
/// </summary>
public sealed record FakeFault
{
    /// <summary>Gets the status code to answer with (ignored for <see cref="Abort"/> faults).</summary>
    public int StatusCode { get; init; } = 500;

    /// <summary>Gets the response headers to add.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the response body, or <see langword="null"/> for none.</summary>
    public string? Body { get; init; }

    /// <summary>Gets the content type of <see cref="Body"/>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Gets the HTTP method to match, or <see langword="null"/> for any.</summary>
    public string? Method { get; init; }

    /// <summary>Gets the path suffix to match (for example <c>/sms</c>), or <see langword="null"/> for any.</summary>
    public string? PathEndsWith { get; init; }

    /// <summary>Gets a bearer token to match, or <see langword="null"/> for any.</summary>
    public string? Token { get; init; }

    /// <summary>Gets how many matching requests pass untouched before the fault starts (to hit, say, the second batch).</summary>
    public int Skip { get; init; }

    /// <summary>Gets how many matching requests it applies to.</summary>
    public int Times { get; init; } = 1;

    /// <summary>Gets when it strikes.</summary>
    public FaultTiming Timing { get; init; } = FaultTiming.BeforeHandling;

    /// <summary>Gets whether the connection is dropped instead of answered.</summary>
    public bool Abort { get; init; }

    /// <summary>Gets whether the server never answers (until the client gives up).</summary>
    public bool Hang { get; init; }

    /// <summary>Gets whether the body is cut off halfway and the connection dropped.</summary>
    public bool TruncateBody { get; init; }

    /// <summary>Gets a real delay before answering (prefer <see cref="Hang"/> with a fake clock in tests).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>429 with the given headers and an empty body, as Instasent sends it.</summary>
    /// <param name="headers">Header name/value pairs, for example <c>("Retry-After", "2")</c>.</param>
    /// <returns>The fault.</returns>
    public static FakeFault RateLimited(params (string Name, string Value)[] headers) =>
        new() { StatusCode = 429, Headers = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), Body = null };

    /// <summary>A server error with an optional JSON body.</summary>
    /// <param name="statusCode">The status (500, 502, 503...).</param>
    /// <param name="body">The body.</param>
    /// <returns>The fault.</returns>
    public static FakeFault ServerError(int statusCode = 500, string? body = null) => new() { StatusCode = statusCode, Body = body };

    /// <summary>An HTML error page, as a proxy would send it.</summary>
    /// <param name="statusCode">The status.</param>
    /// <returns>The fault.</returns>
    public static FakeFault HtmlPage(int statusCode = 502) =>
        new() { StatusCode = statusCode, ContentType = "text/html", Body = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>" };

    /// <summary>A success status with a body that is not valid JSON.</summary>
    /// <param name="statusCode">The status.</param>
    /// <returns>The fault.</returns>
    public static FakeFault MalformedJson(int statusCode = 200) => new() { StatusCode = statusCode, Body = "{\"entity\": {\"id\": \"broken\", " };

    /// <summary>An error response with a JSON body.</summary>
    /// <param name="statusCode">The status.</param>
    /// <param name="json">The body.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Json(int statusCode, string json) => new() { StatusCode = statusCode, Body = json };

    /// <summary>The server never answers until the client gives up.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault Hung() => new() { Hang = true };

    /// <summary>The connection is dropped without an answer.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault ConnectionReset() => new() { Abort = true };
}
