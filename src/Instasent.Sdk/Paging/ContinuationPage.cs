namespace Instasent.Sdk.Paging;

/// <summary>
/// One page handed out by <see cref="PagedSequence{T}.AsPagesAsync"/>: its items, the token that resumes the list
/// after it, and the facts of the response it came in.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="ContinuationToken">The token of the page after this one, or <see langword="null"/> on the last page. A string, so it can be stored and given back later to resume.</param>
/// <param name="Response">The response the page came in (request id, rate limit, attempts).</param>
/// <param name="Number">The 1-based position of the page in this listing.</param>
internal sealed record ContinuationPage<T>(
    IReadOnlyList<T> Items,
    string? ContinuationToken,
    InstasentResponse<IReadOnlyList<T>> Response,
    int Number);
