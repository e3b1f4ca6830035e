using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Http;

/// <summary>
/// What the shared pipeline needs to know about one API family: where its options live, how its error bodies look,
/// how it picks a token and how its rate-limit window works. Adding a family means writing one of these; the
/// handlers, retry policy and executor stay untouched.
/// </summary>
internal sealed class InstasentFamily
{
    public InstasentFamily(
        string name,
        Func<InstasentClientOptions, InstasentApiOptions> selectOptions,
        IErrorBodyReader errorReader,
        Func<InstasentClientOptions, InstasentCallContext?, string?>? resolveToken = null)
    {
        Name = name;
        SelectOptions = selectOptions;
        ErrorReader = errorReader;
        ResolveToken = resolveToken ?? ((options, _) => selectOptions(options).Token);
    }

    /// <summary>Gets the family name, also the configuration section name (for example <c>Transactional</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the function that picks this family's options out of the client options.</summary>
    public Func<InstasentClientOptions, InstasentApiOptions> SelectOptions { get; }

    /// <summary>Gets the reader that turns this family's error bodies into <see cref="ApiErrorDetails"/>.</summary>
    public IErrorBodyReader ErrorReader { get; }

    /// <summary>Gets the function that picks the bearer token for one attempt.</summary>
    public Func<InstasentClientOptions, InstasentCallContext?, string?> ResolveToken { get; }

    /// <summary>
    /// Gets or sets the length of a fixed rate-limit window. When a 429 carries no <c>Retry-After</c> or reset header,
    /// the pipeline waits until the next window boundary instead of a blind backoff (LynSMS documents a one-minute window).
    /// </summary>
    public TimeSpan? FixedRateLimitWindow { get; init; }

    /// <summary>
    /// Gets the error code with which this API answers <c>409</c> while an earlier request with the same
    /// <c>Idempotency-Key</c> is still being processed (Hellio: <c>idempotency_conflict</c>). A call that sent a key and
    /// gets it is retried with backoff until the stored answer is replayed or the deadline comes: the SDK's own attempt
    /// timeout is the usual cause, so failing would report an error for a send that goes through.
    /// <see langword="null"/>: the API has no such answer.
    /// </summary>
    public string? KeyInFlightErrorCode { get; init; }

    /// <summary>Gets or sets the response headers that carry a request id, in order of preference.</summary>
    public IReadOnlyList<string> RequestIdHeaders { get; init; } = ["X-Request-Id", "Request-Id", "X-Correlation-Id"];

    /// <summary>Gets one-line hints added to exception messages per HTTP status (for example the two causes of a Product 403).</summary>
    public IReadOnlyDictionary<int, string> StatusHints { get; init; } = new Dictionary<int, string>
    {
        [401] = "Check that the token is valid and not revoked",
    };

    /// <summary>
    /// Gets whether the options hold any credential for this family (the start-up check "is this family configured").
    /// Defaults to the family's own token; a family with several credentials (Ingest) says so here.
    /// </summary>
    public Func<InstasentClientOptions, bool>? HasCredentials { get; init; }

    /// <summary>Gets whether <paramref name="options"/> hold any credential for this family.</summary>
    public bool IsConfigured(InstasentClientOptions options) => HasCredentials?.Invoke(options) ?? SelectOptions(options).HasToken;

    /// <summary>Gets extra start-up checks of this family's options; each failure is one actionable sentence.</summary>
    public Action<InstasentClientOptions, ICollection<string>>? Validate { get; init; }

    /// <summary>
    /// Gets a check that lets a client start with no token in any family (the start-up rule "at least one token") because
    /// this family can obtain one at run time (Hellio <c>POST /auth/token</c>). <see langword="null"/> for most families.
    /// </summary>
    public Func<InstasentClientOptions, bool>? AllowsStartWithoutToken { get; init; }

    /// <summary>Gets the configuration path users see in messages (for example <c>Instasent:Transactional:Token</c>).</summary>
    public string TokenSettingName => "Instasent:" + Name + ":Token";

    /// <summary>Creates an operation of this family.</summary>
    public InstasentOperation Operation(string name, RetrySafety safety) => new(this, name, safety);

    /// <inheritdoc />
    public override string ToString() => Name;
}
