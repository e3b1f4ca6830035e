namespace Instasent.Sdk;

/// <summary>
/// One page of a list: its items, the continuation token that resumes the list after it, and the response it came in
/// (request id, rate limit, headers, attempts).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class InstasentPage<T>
{
    /// <summary>Initializes a new instance (public so that applications can build pages in their own tests).</summary>
    /// <param name="response">The response, with the page's items as its value.</param>
    /// <param name="continuationToken">The token of the page after this one, or <see langword="null"/> on the last page.</param>
    public InstasentPage(InstasentResponse<IReadOnlyList<T>> response, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        Response = response;
        ContinuationToken = continuationToken;
    }

    /// <summary>Gets the items of the page.</summary>
    public IReadOnlyList<T> Items => Response.Value;

    /// <summary>
    /// Gets the token of the page after this one, or <see langword="null"/> on the last page. It is a plain string (a page
    /// number, an offset or the server's cursor), so it can be stored and given to
    /// <see cref="InstasentPageable{T}.AsPages"/> later — after a restart too — to resume the list where it stopped.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>Gets the response the page came in.</summary>
    public InstasentResponse<IReadOnlyList<T>> Response { get; }

    /// <inheritdoc />
    public override string ToString() => $"InstasentPage {{ Items = {Items.Count}, HasMore = {ContinuationToken is not null}, RequestId = {Response.RequestId} }}";
}
