namespace Instasent.Sdk.Product;

/// <summary>
/// The answer of a bounded search (audience or event search: at most 50 results, no cursor): the hits and the total
/// number of matches. To read every match, use the matching <c>List…Async</c> scroll instead.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ProductSearchResult<T>
{
    /// <summary>Gets the hits.</summary>
    public IReadOnlyList<T> Items { get; init; } = [];

    /// <summary>Gets the number of matches (<c>metadata.totalHits</c>), when the server reports it.</summary>
    public long? TotalHits { get; init; }

    /// <summary>Gets the offset of the first hit (<c>metadata.offset</c>), when the server reports it.</summary>
    public int? Offset { get; init; }
}
