namespace Instasent.Sdk.SideBySide.Sides;

/// <summary>Where a side sends: the loopback server's root (<c>http://127.0.0.1:port</c>), or the in-memory transport.</summary>
internal sealed record SideTarget(Uri Root, bool InMemory)
{
    /// <summary>Gets a value indicating whether the SDK's bulk calls keep only the outcomes that were not accepted.</summary>
    public bool KeepNotAccepted { get; init; }

    public static readonly Uri InMemoryRoot = new("http://in-memory.bench.invalid");

    public Uri Transactional => new(Root, Wire.BenchApi.TransactionalPrefix);

    public Uri Product => new(Root, Wire.BenchApi.ProductPrefix);
}
