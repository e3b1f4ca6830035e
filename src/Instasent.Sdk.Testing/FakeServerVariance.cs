namespace Instasent.Sdk.Testing;

/// <summary>
/// Behaviours a real server may show within the documented leeway (see <c>docs/variance.md</c>) that the fake does not
/// show by default. The fake was written from the same reading of the docs as the SDK; turning these on lets tests see
/// what that reading missed. Each switch is independent; <see cref="RealWorld"/> turns on every one a correct client
/// must handle without failing the call.
/// </summary>
public sealed class FakeServerVariance
{
    /// <summary>
    /// Gets or sets whether error answers (faults included) keep the <c>X-RateLimit-Limit/Remaining/Reset</c> headers,
    /// as Instasent documents for "every response", and 5xx/408 answers also carry a <c>Retry-After</c> (the seconds
    /// until that window resets). Headers a <see cref="FakeFault"/> states itself win.
    /// </summary>
    public bool RateLimitHeadersOnErrors { get; set; }

    /// <summary>
    /// Gets or sets the largest page any list answers with, whatever page size the client asked for (0: no cap).
    /// Instasent documents <c>per_page</c> default 10 and no maximum, so a real server may cap it.
    /// </summary>
    public int MaxPageSize { get; set; }

    /// <summary>Gets or sets whether offset lists ignore the <c>page</c> parameter and answer page 1 every time.</summary>
    public bool IgnorePageParameter { get; set; }

    /// <summary>Gets or sets whether cursor lists (Product scroll, Hellio) hand out cursors that cycle A→B→A.</summary>
    public bool CycleCursors { get; set; }

    /// <summary>
    /// Gets or sets whether bulk and batch answers (Instasent <c>/sms/bulk</c>, LynSMS bulk, both Ingest answer shapes)
    /// list their entities and errors in another order than sent, shuffled by <see cref="Seed"/>.
    /// </summary>
    public bool ReorderBulkEntities { get; set; }

    /// <summary>
    /// Gets or sets whether bulk errors come without the position of the item they refer to (no <c>index</c> in Instasent
    /// and LynSMS bulk errors, no <c>position</c> in the observed Ingest shape); what else they echo stays.
    /// </summary>
    public bool UnpositionedBulkErrors { get; set; }

    /// <summary>
    /// Gets or sets how long a keyed (Hellio <c>Idempotency-Key</c>) send stays "in flight" on the server before its
    /// answer is stored; a second request with the same key meanwhile gets <c>409 idempotency_conflict</c>. Zero: none.
    /// The send itself is stored when it arrives; the time runs on <see cref="InstasentFakeServerOptions.TimeProvider"/>
    /// and goes on after the client gave up (an attempt timeout), as a real server finishes the work.
    /// </summary>
    public TimeSpan KeyedSendProcessingTime { get; set; }

    /// <summary>Gets or sets whether webhook deliveries of one event are sent concurrently rather than one after another.</summary>
    public bool ConcurrentDuplicateDeliveries { get; set; }

    /// <summary>Gets or sets the seed of the variance's own random choices (reordering), so runs repeat.</summary>
    public int Seed { get; set; } = 7;

    /// <summary>What happened under these settings (read through <see cref="InstasentFakeServer.VarianceEvents"/>).</summary>
    internal FakeVarianceEvents Events { get; } = new();

    /// <summary>
    /// Every behaviour a correct client survives without failing the call: headers on errors, a page cap of 10,
    /// reordered bulk answers, unpositioned bulk errors, concurrent duplicate webhooks. Ignored page parameters and
    /// cursor cycles are left off: the SDK must end those with a typed error, which a chaos run would count as noise.
    /// </summary>
    /// <returns>A new variance setting.</returns>
    public static FakeServerVariance RealWorld() => new()
    {
        RateLimitHeadersOnErrors = true,
        MaxPageSize = 10,
        ReorderBulkEntities = true,
        UnpositionedBulkErrors = true,
        ConcurrentDuplicateDeliveries = true,
    };
}
