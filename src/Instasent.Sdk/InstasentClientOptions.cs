using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Legacy;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.RateLimiting;
using Instasent.Sdk.Transactional;

namespace Instasent.Sdk;

/// <summary>
/// Configuration of one <see cref="InstasentClient"/>: a section per API family plus the shared pipeline settings.
/// Bind it from configuration (<c>"Instasent": { "Transactional": { "Token": "..." } }</c>) or set it in code.
/// </summary>
public sealed class InstasentClientOptions
{
    /// <summary>Gets or sets the Legacy SMS API settings (account token).</summary>
    public LegacyOptions Legacy { get; set; } = new();

    /// <summary>Gets or sets the Transactional SMS API settings (<c>api_sms</c> project token).</summary>
    public TransactionalOptions Transactional { get; set; } = new();

    /// <summary>Gets or sets the Product API settings (Product API token, default project UID).</summary>
    public ProductOptions Product { get; set; } = new();

    /// <summary>Gets or sets the Ingest API settings (datasources and their tokens).</summary>
    public IngestOptions Ingest { get; set; } = new();

    /// <summary>Gets or sets the LynSMS API settings (<c>ds_live_…</c> API key in <c>Token</c>).</summary>
    public LynSmsOptions LynSms { get; set; } = new();

    /// <summary>Gets or sets the Hellio Messaging API settings (bearer token).</summary>
    public HellioOptions Hellio { get; set; } = new();

    /// <summary>Gets or sets the retry settings.</summary>
    public InstasentRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Gets or sets proactive rate-limit pacing: wait for the next window before a token's quota runs out instead of
    /// getting a 429. Off by default; the budget is per token, in process memory unless another
    /// <see cref="IRateLimitPacingStore"/> is registered (Instasent.Sdk.StackExchangeRedis shares it across a fleet).
    /// </summary>
    public RateLimitPacingOptions Pacing { get; set; } = new();

    /// <summary>Gets or sets the logging settings.</summary>
    public InstasentDiagnosticsOptions Diagnostics { get; set; } = new();

    /// <summary>
    /// Gets or sets the timeout of one HTTP attempt. Default 30 s. An attempt never outlives the call, so the effective
    /// attempt timeout is the shorter of this and <see cref="TotalTimeout"/>; a longer value is not an error.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets the time budget of one logical call, retries and waits included. Default 100 s, enough for any
    /// documented rate-limit window (LynSMS: up to one minute). A wait the server asks for is slept only when it fits in
    /// what is left of this budget; otherwise the call fails at once rather than sleeping past the deadline.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets how many batches a bulk call sends at once. Default 4.</summary>
    public int BulkConcurrency { get; set; } = 4;

    /// <summary>
    /// Gets or sets how long the batches already in flight may still finish after a bulk call's token is cancelled
    /// (a host shutting down). No new batch is sent once the token is cancelled; a batch still in flight when this runs
    /// out is cut off and its items are reported <see cref="Batching.BatchItemStatus.Unknown"/>. Then the call throws
    /// <see cref="Batching.InstasentBatchCanceledException{TResult}"/> with every outcome known. Zero cuts them off at
    /// once. Default 5 s: one batch usually takes well under a second, and the whole wait stays inside a host's default
    /// shutdown timeout (30 s).
    /// </summary>
    public TimeSpan BulkCancellationGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the largest response body the SDK buffers; a larger one fails the call. Default 16 MiB.</summary>
    public int MaxResponseBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets or sets whether <c>http://</c> base addresses are allowed. Only for loopback test servers: a bearer token
    /// must never cross the network in clear text. Default <see langword="false"/>.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"InstasentClientOptions {{ Legacy = {Legacy}, Transactional = {Transactional}, Product = {Product}, Ingest = {Ingest}, LynSms = {LynSms}, Hellio = {Hellio}, AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout} }}";
}
