namespace Instasent.Sdk.Testing;

/// <summary>Settings of an <see cref="InstasentFakeServer"/>.</summary>
public sealed class InstasentFakeServerOptions
{
    /// <summary>Gets or sets the tokens the fake accepts; empty means any non-empty bearer token is accepted.</summary>
    public ISet<string> ValidTokens { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the <c>X-RateLimit-Limit</c> the fake reports. Default 1200.</summary>
    public int RateLimit { get; set; } = 1200;

    /// <summary>
    /// Gets or sets the length of a fixed rate-limit window that the fake enforces per bearer token: at most
    /// <see cref="RateLimit"/> requests per window, beyond which it answers 429 (empty body, as Instasent does) until the
    /// window ends. Windows are aligned on the Unix epoch, so with a whole number of seconds the <c>X-RateLimit-Reset</c>
    /// (Unix seconds) is exactly when the next window begins, and <c>X-RateLimit-Remaining</c> counts down per token.
    /// <see langword="null"/> (the default): nothing is enforced and the headers only describe a minute window.
    /// </summary>
    public TimeSpan? RateLimitWindow { get; set; }

    /// <summary>Gets or sets the clock used for timestamps and rate-limit reset headers.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the loopback port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Gets or sets a source of random faults consulted for every request that no queued fault matched
    /// (see <see cref="RandomFaultInjector"/>). Requests are always recorded for it, even with <see cref="RecordRequests"/> off.
    /// </summary>
    public RandomFaultInjector? FaultInjector { get; set; }

    /// <summary>Gets or sets whether every request is recorded in <see cref="InstasentFakeServer.Requests"/>. Turn off for big load runs. Default on.</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>
    /// Gets or sets the server behaviours within the documented leeway that the fake shows (reordering, page caps,
    /// headers on errors, …). Default: none, so plain tests see the documented happy shape.
    /// </summary>
    public FakeServerVariance Variance { get; set; } = new();

    /// <summary>
    /// Gets or sets how much of what it stores the fake keeps. Default: everything, so tests can assert on the whole
    /// history; long load runs cap it (see <see cref="FakeServerRetention.MaxRecordsPerStore"/>).
    /// </summary>
    public FakeServerRetention Retention { get; set; } = new();

    /// <summary>Gets or sets who is told of every record stored (the repository's chaos run), or <see langword="null"/>.</summary>
    internal IFakeStoreObserver? StoreObserver { get; set; }
}
