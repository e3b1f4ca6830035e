namespace Instasent.Sdk.Product;

/// <summary>One page of a cursor scroll.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="Cursor">The cursor of the next page; <see langword="null"/> when the scroll is over.</param>
/// <param name="TotalHits">The number of matches, when the server reports it.</param>
public sealed record ScrollPage<T>(IReadOnlyList<T> Items, string? Cursor, long? TotalHits)
{
    /// <summary>Gets whether another page follows.</summary>
    public bool HasMore => !string.IsNullOrEmpty(Cursor);
}
