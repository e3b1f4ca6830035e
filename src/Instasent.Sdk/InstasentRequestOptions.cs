namespace Instasent.Sdk;

/// <summary>
/// Options for one call, accepted by every operation of every family as the argument before the
/// <see cref="CancellationToken"/>: another token or token provider (a tenant's), an idempotency key, a shorter or longer
/// deadline, another rate-limit mode, extra headers. Anything left <see langword="null"/> falls back to the client's
/// options. One instance may be shared by many calls; it is read, never changed, by the SDK.
/// </summary>
/// <remarks>
/// Modelled on Stripe's <c>RequestOptions</c> and Azure's <c>RequestContext</c>. <see cref="ToString"/> never prints the
/// token or header values (a header may carry a credential).
/// </remarks>
public sealed class InstasentRequestOptions
{
    /// <summary>
    /// Gets the bearer token for this call, instead of the family's configured token or token provider. Surrounding
    /// whitespace is ignored. Wins over <see cref="TokenProvider"/>.
    /// </summary>
    public string? Token { get; init; }

    /// <summary>
    /// Gets the token provider for this call (read before every attempt), for example the one of a tenant in a
    /// multi-tenant application. Used when <see cref="Token"/> is not set; a provider answering
    /// <see langword="null"/> falls back to the client's token provider and then to the configured token.
    /// </summary>
    public IInstasentTokenProvider? TokenProvider { get; init; }

    /// <summary>
    /// Gets the <c>Idempotency-Key</c> to send on every attempt of this call, for operations that honour one (the server
    /// answers a repeat of the key with the stored result). Giving a key to an operation that does not honour one throws
    /// <see cref="ArgumentException"/> before anything is sent, since the key could not make a retry safe there. When it
    /// is <see langword="null"/>, such operations mint one key per call.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Gets the deadline of this call, every attempt and wait included, instead of
    /// <see cref="InstasentClientOptions.TotalTimeout"/>. Must be positive.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Gets what this call does on a 429, instead of <see cref="InstasentRetryOptions.RateLimitMode"/>.</summary>
    public RateLimitMode? RateLimitMode { get; init; }

    /// <summary>
    /// Gets extra request headers (for example a correlation id). Headers the SDK owns — <c>Authorization</c>,
    /// <c>Idempotency-Key</c>, <c>Content-Type</c>, <c>Content-Length</c>, <c>Host</c> — are refused with
    /// <see cref="ArgumentException"/>; use <see cref="Token"/> and <see cref="IdempotencyKey"/> instead.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>
    /// Gets which outcomes a bulk call keeps in its <see cref="Batching.BatchResult{TResult}"/> (default
    /// <see cref="Batching.BatchOutcomeRetention.All"/>): <see cref="Batching.BatchOutcomeRetention.NotAccepted"/> keeps
    /// counts plus only the outcomes to act on, so memory does not grow with the input. Only bulk calls take it; any
    /// other operation throws <see cref="ArgumentException"/> before sending.
    /// </summary>
    public Batching.BatchOutcomeRetention? OutcomeRetention { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"InstasentRequestOptions {{ Token = {(Token is null ? "none" : "[withheld]")}, TokenProvider = {(TokenProvider is null ? "none" : "set")}, IdempotencyKey = {IdempotencyKey ?? "none"}, Timeout = {Timeout?.ToString() ?? "default"}, RateLimitMode = {RateLimitMode?.ToString() ?? "default"}, Headers = [{string.Join(", ", Headers?.Keys ?? [])}], OutcomeRetention = {OutcomeRetention?.ToString() ?? "default"} }}";
}
