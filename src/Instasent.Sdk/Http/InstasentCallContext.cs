using System.Diagnostics;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Errors;

namespace Instasent.Sdk.Http;

/// <summary>
/// State of one logical call, shared by the executor and the handlers through <see cref="HttpRequestMessage.Options"/>.
/// It is created once per call, outside the retry loop, so the idempotency key and the deadline are the same for every attempt.
/// </summary>
internal sealed class InstasentCallContext
{
    public static readonly HttpRequestOptionsKey<InstasentCallContext> Key = new("Instasent.Call");

    private readonly List<InstasentAttempt> attempts = new(2);
    private int retriesStartedBySdk;
    private int transportSends;

    public InstasentCallContext(InstasentOperation operation, InstasentClientOptions options, TimeProvider timeProvider, InstasentRequestOptions? requestOptions)
    {
        Operation = operation;
        Options = options;
        TimeProvider = timeProvider;
        RequestOptions = requestOptions;
        IdempotencyKey = operation.SendsIdempotencyKey ? requestOptions?.IdempotencyKey : null;
        TotalTimeout = requestOptions?.Timeout ?? options.TotalTimeout;
        RateLimitMode = requestOptions?.RateLimitMode ?? options.Retry.RateLimitMode;
        StartTimestamp = timeProvider.GetTimestamp();
    }

    public InstasentOperation Operation { get; }

    /// <summary>Gets the options snapshot taken when the call started; the token alone is re-read per attempt.</summary>
    public InstasentClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the caller's options for this one call, if any (token, key, timeout, rate-limit mode, headers).</summary>
    public InstasentRequestOptions? RequestOptions { get; }

    /// <summary>Gets the deadline of the whole call: the per-call timeout, or the client's <see cref="InstasentClientOptions.TotalTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; }

    /// <summary>Gets what a 429 does to this call: the per-call mode, or the client's.</summary>
    public RateLimitMode RateLimitMode { get; }

    public long StartTimestamp { get; }

    /// <summary>Gets or sets the key sent on every attempt; set by the caller or minted once by the pipeline.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the caller keeps the response body after the call (the raw body of an
    /// <see cref="InstasentResponse{T}"/>). When it does not (a bulk batch, whose answer becomes outcomes), bodies are read
    /// into pooled buffers and returned when the response is disposed, instead of a new array per response.
    /// </summary>
    public bool RetainsBody { get; set; } = true;

    /// <summary>Gets or sets a value identifying which credential of the family to use (an Ingest datasource name).</summary>
    public string? CredentialKey { get; init; }

    public IReadOnlyList<InstasentAttempt> Attempts => attempts;

    /// <summary>
    /// Gets the texts this call sends that a server may echo back in an error (the message text). Every exception the
    /// call raises withholds them; they live only as long as the call.
    /// </summary>
    public IReadOnlyList<string> SentTexts { get; private set; } = [];

    /// <summary>
    /// Gets the credentials this call's attempts sent (the bearer token of each attempt). Servers quote the token they
    /// refused ("Invalid token tok_…"); every exception the call raises withholds it like a sent text.
    /// </summary>
    public IReadOnlyList<string> SentSecrets { get; private set; } = [];

    public RateLimitInfo? LastRateLimit { get; set; }

    public string? LastRequestId { get; set; }

    public bool IdempotentReplayed { get; set; }

    /// <summary>Gets or sets the wait the retry predicate chose; the delay generator returns it.</summary>
    public TimeSpan PendingDelay { get; set; }

    public RetryStopReason StopReason { get; set; }

    /// <summary>Gets or sets how many retries were for "this key is still in flight" answers (they do not count against MaxRetries).</summary>
    public int KeyInFlightRetries { get; set; }

    /// <summary>Gets or sets the wait the server asked for on the last 429/503 (also when the SDK refused to wait).</summary>
    public TimeSpan? ServerRetryAfter { get; set; }

    /// <summary>Gets or sets the span of this call, when something listens to the SDK's ActivitySource; handlers add retry events to it.</summary>
    public Activity? Activity { get; set; }

    public TimeSpan Elapsed => TimeProvider.GetElapsedTime(StartTimestamp);

    public TimeSpan Remaining => TotalTimeout - Elapsed;

    public bool IsRetrySafe => Operation.Safety switch
    {
        RetrySafety.Idempotent => true,
        RetrySafety.IdempotentWithKey => !string.IsNullOrEmpty(IdempotencyKey),
        _ => false,
    };

    /// <summary>Declares texts this call sends that must never appear in its errors (see <see cref="SentTexts"/>).</summary>
    /// <param name="texts">The message text(s); blanks and texts shorter than <see cref="SentTextMask.MinimumLength"/> are skipped.</param>
    /// <returns>This context.</returns>
    public InstasentCallContext WithSentText(params string?[] texts)
    {
        // Once per call, on every send: a plain loop (a LINQ chain with Distinct cost more than the rest of the context).
        List<string>? added = null;
        foreach (var text in texts)
        {
            if (text is not null && text.AsSpan().Trim().Length >= SentTextMask.MinimumLength
                && !SentTexts.Contains(text, StringComparer.Ordinal) && added?.Contains(text, StringComparer.Ordinal) != true)
            {
                (added ??= []).Add(text);
            }
        }

        if (added is not null)
        {
            SentTexts = [.. SentTexts, .. added];
        }

        return this;
    }

    /// <summary>Declares a credential an attempt sends (see <see cref="SentSecrets"/>); a rotated token adds a second one.</summary>
    /// <param name="secret">The token.</param>
    public void AddSentSecret(string secret)
    {
        var known = SentSecrets;
        if (!known.Contains(secret, StringComparer.Ordinal))
        {
            SentSecrets = [.. known, secret];
        }
    }

    /// <summary>Creates the mask that withholds this call's sent texts and secrets from its errors, or <see langword="null"/> when there are none.</summary>
    /// <returns>The mask.</returns>
    public SentTextMask? CreateEchoMask() => SentTextMask.For(SentTexts, SentSecrets);

    /// <summary>
    /// Records that the SDK's own retry policy decided to send again. Only these re-sends may reach the transport for an
    /// operation that is not safe to repeat; a handler outside the SDK that re-sends the request gets no such permission.
    /// </summary>
    public void RetryStartedBySdk() => Interlocked.Increment(ref retriesStartedBySdk);

    /// <summary>
    /// Counts one send reaching the transport and says whether it may go: the first always, later ones only when the
    /// operation is safe to repeat or the SDK's retry policy started them.
    /// </summary>
    public bool TryStartTransportSend()
    {
        var send = Interlocked.Increment(ref transportSends);
        return send == 1 || IsRetrySafe || send <= 1 + Volatile.Read(ref retriesStartedBySdk);
    }

    public void AddAttempt(InstasentAttempt attempt)
    {
        lock (attempts)
        {
            attempts.Add(attempt);
        }
    }

    public void SetRetryOnLastAttempt(TimeSpan delay, RetryDelaySource source)
    {
        lock (attempts)
        {
            if (attempts.Count > 0)
            {
                attempts[^1] = attempts[^1] with { RetryDelay = delay, RetryDelaySource = source };
            }
        }
    }

    public InstasentAttempt[] SnapshotAttempts()
    {
        lock (attempts)
        {
            return [.. attempts];
        }
    }

    public InstasentErrorInfo ToErrorInfo() => new()
    {
        Operation = Operation.DisplayName,
        RequestId = LastRequestId,
        IdempotencyKey = IdempotencyKey,
        Attempts = SnapshotAttempts(),
        Elapsed = Elapsed,
        RateLimit = LastRateLimit,
        RetryAfter = ServerRetryAfter,
    };

    public static InstasentCallContext? From(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out var context) ? context : null;
}
