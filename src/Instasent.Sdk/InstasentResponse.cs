using System.Net.Http.Headers;
using System.Text;
using Instasent.Sdk.Http;

namespace Instasent.Sdk;

/// <summary>
/// A successful result plus the transport facts that come with it: request id, rate-limit headers, idempotency key,
/// replay flag, attempts and the raw JSON.
/// </summary>
/// <remarks>
/// These facts belong to the HTTP exchange, not to the resource, so they live on a wrapper rather than on every model
/// (the Azure SDK's <c>Response&lt;T&gt;</c> makes the same split). Models stay plain records that can be stored,
/// compared and mocked; callers who only want the value read <see cref="Value"/>.
/// </remarks>
/// <typeparam name="T">The result type.</typeparam>
public sealed class InstasentResponse<T>
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    private readonly ReadOnlyMemory<byte> rawBody;
    private readonly HttpResponseHeaders? responseHeaders;
    private readonly HttpContentHeaders? contentHeaders;
    private IReadOnlyDictionary<string, string>? headers;

    /// <summary>Initializes a new instance (public so that applications can build responses in their own tests).</summary>
    /// <param name="value">The result.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="requestId">The request id, if any.</param>
    /// <param name="rateLimit">The rate-limit headers, if any.</param>
    /// <param name="idempotencyKey">The idempotency key sent, if any.</param>
    /// <param name="idempotentReplayed">Whether the server replayed a stored response for the key.</param>
    /// <param name="attempts">The attempts made.</param>
    /// <param name="rawBody">The raw response body.</param>
    /// <param name="headers">The response headers (names compared without case), if any.</param>
    public InstasentResponse(
        T value,
        int statusCode = 200,
        string? requestId = null,
        RateLimitInfo? rateLimit = null,
        string? idempotencyKey = null,
        bool idempotentReplayed = false,
        IReadOnlyList<InstasentAttempt>? attempts = null,
        ReadOnlyMemory<byte> rawBody = default,
        IReadOnlyDictionary<string, string>? headers = null)
        : this(value, statusCode, requestId, rateLimit, idempotencyKey, idempotentReplayed, attempts, rawBody, null, null)
    {
        this.headers = headers is null ? null : new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Initializes a response read from the wire; its header dictionary is built only if someone asks for it.</summary>
    internal InstasentResponse(
        T value,
        int statusCode,
        string? requestId,
        RateLimitInfo? rateLimit,
        string? idempotencyKey,
        bool idempotentReplayed,
        IReadOnlyList<InstasentAttempt>? attempts,
        ReadOnlyMemory<byte> rawBody,
        HttpResponseHeaders? responseHeaders,
        HttpContentHeaders? contentHeaders)
    {
        this.responseHeaders = responseHeaders;
        this.contentHeaders = contentHeaders;
        Value = value;
        StatusCode = statusCode;
        RequestId = requestId;
        RateLimit = rateLimit;
        IdempotencyKey = idempotencyKey;
        IdempotentReplayed = idempotentReplayed;
        Attempts = attempts ?? [];
        this.rawBody = rawBody;
    }

    /// <summary>Gets the result.</summary>
    public T Value { get; }

    /// <summary>Gets the HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the request id from the response (header or envelope), if the API sent one.</summary>
    public string? RequestId { get; }

    /// <summary>Gets the rate-limit headers of the response, if any.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>Gets the <c>Idempotency-Key</c> that was sent, if the operation uses one.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>Gets whether the server replayed the stored response of an earlier request with the same key (<c>Idempotent-Replayed: true</c>).</summary>
    public bool IdempotentReplayed { get; }

    /// <summary>Gets the attempts made; more than one means retries happened.</summary>
    public IReadOnlyList<InstasentAttempt> Attempts { get; }

    /// <summary>
    /// Gets the headers of the final response, read-only, names compared without case; a header sent several times has
    /// its values joined with <c>", "</c>. Empty for a response built without headers.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers => headers ??= ReadHeaders(responseHeaders, contentHeaders);

    /// <summary>Gets the raw response body bytes, for fields the typed model does not know yet.</summary>
    public ReadOnlyMemory<byte> RawBody => rawBody;

    /// <summary>Gets the raw response body as text.</summary>
    /// <returns>The body, or an empty string.</returns>
    public string GetRawText() => rawBody.IsEmpty ? string.Empty : Encoding.UTF8.GetString(rawBody.Span);

    /// <summary>Creates a response with another value and the same transport facts.</summary>
    /// <typeparam name="TOther">The new value type.</typeparam>
    /// <param name="value">The new value.</param>
    /// <param name="requestId">A request id to use instead (for example from a response envelope).</param>
    /// <returns>The new response.</returns>
    public InstasentResponse<TOther> WithValue<TOther>(TOther value, string? requestId = null) =>
        new(value, StatusCode, requestId ?? RequestId, RateLimit, IdempotencyKey, IdempotentReplayed, Attempts, rawBody, responseHeaders, contentHeaders) { headers = headers };

    /// <inheritdoc />
    public override string ToString() => $"InstasentResponse {{ Status = {StatusCode}, RequestId = {RequestId}, Attempts = {Attempts.Count} }}";

    private static IReadOnlyDictionary<string, string> ReadHeaders(HttpResponseHeaders? response, HttpContentHeaders? content)
    {
        if (response is null && content is null)
        {
            return NoHeaders;
        }

        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (response is not null)
        {
            Add(all, response.NonValidated);
        }

        if (content is not null)
        {
            Add(all, content.NonValidated);
        }

        return all;

        static void Add(Dictionary<string, string> all, HttpHeadersNonValidated headers)
        {
            foreach (var (name, values) in headers)
            {
                all[name] = values.Count == 1 ? values.ToString() : string.Join(", ", values);
            }
        }
    }
}
