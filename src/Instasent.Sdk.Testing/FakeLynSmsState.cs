using System.Collections.Concurrent;
using System.Globalization;

namespace Instasent.Sdk.Testing;

/// <summary>In-memory state of the fake LynSMS API, for assertions and for steering its behaviour.</summary>
public sealed class FakeLynSmsState
{
    private readonly RetainedQueue<FakeLynSmsMessage> messages;
    private readonly ConcurrentDictionary<string, string> apiKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Url, string? Description, string[] Events, string Secret)> webhooks = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, long Window), int> windows = [];
    private readonly TimeProvider time;
    private readonly IFakeStoreObserver? observer;
    private long nextId;

    internal FakeLynSmsState(InstasentFakeServerOptions options)
    {
        time = options.TimeProvider;
        observer = options.StoreObserver;
        messages = new RetainedQueue<FakeLynSmsMessage>(options.Retention);
    }

    /// <summary>Gets every stored message, in creation order.</summary>
    public IReadOnlyList<FakeLynSmsMessage> Messages => messages.ToArray();

    /// <summary>Gets the ids of the API keys created and not revoked.</summary>
    public IReadOnlyCollection<string> ApiKeyIds => [.. apiKeys.Keys];

    /// <summary>Gets the ids of the webhook endpoints created.</summary>
    public IReadOnlyCollection<string> WebhookEndpointIds => [.. webhooks.Keys];

    /// <summary>Gets or sets the balance; a send that costs more gets 402 <c>insufficient_balance</c>.</summary>
    public decimal Balance { get; set; } = 25m;

    /// <summary>Gets or sets the cost of one message.</summary>
    public decimal CostPerMessage { get; set; } = 0.05m;

    /// <summary>
    /// Gets or sets the requests per minute each key may make, counted in fixed one-minute windows of the server clock
    /// as LynSMS documents; <see langword="null"/> (default) for no limit. Over the limit the fake answers 429 with the
    /// LynSMS error envelope and, like LynSMS, no <c>Retry-After</c> or reset header.
    /// </summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Gets how many requests were refused with 429.</summary>
    public int RateLimitedCount { get; private set; }

    internal IReadOnlyDictionary<string, (string Url, string? Description, string[] Events, string Secret)> Webhooks => webhooks;

    internal DateTimeOffset Now => time.GetUtcNow();

    internal string NewId(string prefix)
    {
        // msg_ + 25 alphanumerics, like the documented ids.
        var n = Interlocked.Increment(ref nextId).ToString("D8", CultureInfo.InvariantCulture);
        return prefix + n + Guid.NewGuid().ToString("N")[..17];
    }

    internal FakeLynSmsMessage Add(string from, string to, string body, string? reference, string? provider, bool viaBulk)
    {
        var message = new FakeLynSmsMessage(NewId("msg_"), from, to, body, reference, provider ?? "twilio", viaBulk, time.GetUtcNow());
        messages.Add(message);
        observer?.LynSmsStored(message);
        return message;
    }

    internal void AddApiKey(string id, string name) => apiKeys[id] = name;

    internal bool RevokeApiKey(string id) => apiKeys.TryRemove(id, out _);

    internal void AddWebhook(string id, string url, string? description, string[] events, string secret) => webhooks[id] = (url, description, events, secret);

    /// <summary>Counts a request in its window; returns the remaining allowance, or -1 when over the limit.</summary>
    internal int Take(string key)
    {
        if (RequestsPerMinute is not { } limit)
        {
            return int.MaxValue;
        }

        var window = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        lock (windows)
        {
            windows.TryGetValue((key, window), out var used);
            if (used >= limit)
            {
                RateLimitedCount++;
                return -1;
            }

            windows[(key, window)] = used + 1;
            return limit - used - 1;
        }
    }
}
