namespace Instasent.Sdk.Hellio;

/// <summary>One page of a Hellio cursor-paginated list (newest first).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items.</param>
/// <param name="NextCursor">The cursor of the next page (<c>meta.next_cursor</c>), or <see langword="null"/> on the last page.</param>
public sealed record HellioPage<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    /// <summary>Gets whether another page follows.</summary>
    public bool HasMore => !string.IsNullOrEmpty(NextCursor);
}
