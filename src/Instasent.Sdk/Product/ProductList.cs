namespace Instasent.Sdk.Product;

/// <summary>One page of a Product list or search, with its metadata (count, limit, offset, total hits).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="Metadata">The response metadata.</param>
public sealed record ProductList<T>(IReadOnlyList<T> Items, ProductMetadata Metadata);
