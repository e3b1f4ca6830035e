namespace Instasent.Sdk.Product;

/// <summary>The items of one Product list, search or scroll response, with its metadata (wire parsing only).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page.</param>
/// <param name="Metadata">The response metadata.</param>
internal sealed record ProductList<T>(IReadOnlyList<T> Items, ProductMetadata Metadata);
