namespace Instasent.Sdk.Product;

/// <summary>A single resource together with the response metadata (wire parsing only: callers get the resource itself).</summary>
/// <typeparam name="T">The resource type.</typeparam>
/// <param name="Value">The resource.</param>
/// <param name="Metadata">The response metadata.</param>
internal sealed record ProductResult<T>(T Value, ProductMetadata Metadata);
