namespace Instasent.Sdk.Ingest;

/// <summary>Options of a contact upsert or event append.</summary>
public sealed record IngestWriteOptions
{
    /// <summary>
    /// Gets whether the server processes the records before answering (<c>_sync</c>) instead of queuing them. Use it only
    /// when you must add events for a just-created contact right away, not for volume.
    /// </summary>
    public bool Sync { get; init; }

    /// <summary>Gets whether the server only validates the records and writes nothing (<c>_dryRun</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Gets attribute keys that hold dates and must be <c>YYYY-MM-DD</c> (for example the keys whose spec has
    /// <see cref="Product.AttributeSpec.IsDate"/>). Reserved <c>_date_*</c> keys are always checked.
    /// </summary>
    public IReadOnlyCollection<string>? DateAttributes { get; init; }
}
