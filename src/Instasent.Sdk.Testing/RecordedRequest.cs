namespace Instasent.Sdk.Testing;

/// <summary>One request the fake server received, recorded before any fault or route ran.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without query string.</param>
/// <param name="Query">The query string, including the leading <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers (the fake records <c>Authorization</c> too, so tests can check token isolation).</param>
/// <param name="Body">The body as text.</param>
/// <param name="ReceivedAt">When it arrived (server clock).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>Gets the request target exactly as sent, before any decoding (for example <c>/v1/.../phone/%2B34600000000</c>).</summary>
    public string RawTarget { get; init; } = string.Empty;

    /// <summary>Gets a header value, or <see langword="null"/>.</summary>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Gets the bearer token of the request, or <see langword="null"/>.</summary>
    public string? BearerToken => Header("Authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
}
