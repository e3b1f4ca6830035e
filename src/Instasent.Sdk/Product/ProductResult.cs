namespace Instasent.Sdk.Product;

/// <summary>A single resource together with the response metadata (for example the granted scopes).</summary>
/// <typeparam name="T">The resource type.</typeparam>
/// <param name="Value">The resource.</param>
/// <param name="Metadata">The response metadata.</param>
public sealed record ProductResult<T>(T Value, ProductMetadata Metadata);
