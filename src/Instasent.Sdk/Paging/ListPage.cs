namespace Instasent.Sdk.Paging;

/// <summary>
/// One page of a list as a family read it from one response: the items and whatever the API said about where the list
/// goes on. This is all a family gives the paging core besides how to fetch a page; the end rules live in
/// <see cref="PagedSequence{T}"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ListPage<T>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="response">The response, with the page's items as its value (its request id and rate-limit facts travel with the page).</param>
    public ListPage(InstasentResponse<IReadOnlyList<T>> response)
    {
        Response = response;
    }

    /// <summary>Gets the response, with the items as its value.</summary>
    public InstasentResponse<IReadOnlyList<T>> Response { get; }

    /// <summary>Gets the items of the page.</summary>
    public IReadOnlyList<T> Items => Response.Value;

    /// <summary>
    /// Gets a value indicating whether the API said explicitly that no page follows (<c>has_more: false</c>, the last
    /// page reached). <see langword="false"/> means "not said", not "more follow".
    /// </summary>
    public bool IsLast { get; init; }

    /// <summary>Gets the cursor of the next page, for cursor lists; <see langword="null"/> or empty ends them.</summary>
    public string? NextCursor { get; init; }

    /// <summary>
    /// Gets the number of items of the whole list, for offset lists, when the API gives one the family trusts; the list
    /// ends once the next offset reaches it.
    /// </summary>
    public long? Total { get; init; }
}
