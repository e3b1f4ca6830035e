using System.Collections.Concurrent;

namespace Instasent.Sdk.Testing;

/// <summary>In-memory state of the fake Legacy and Transactional APIs.</summary>
public sealed class FakeSmsState
{
    private readonly ConcurrentDictionary<string, FakeSms> messages = new(StringComparer.Ordinal);
    private readonly RetainedQueue<FakeSms> order;
    private readonly ConcurrentDictionary<string, string> lookups = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private readonly IFakeStoreObserver? observer;
    private long nextId;

    internal FakeSmsState(InstasentFakeServerOptions options)
    {
        time = options.TimeProvider;
        observer = options.StoreObserver;
        order = new RetainedQueue<FakeSms>(options.Retention, sms => messages.TryRemove(sms.Id, out _));
    }

    /// <summary>Gets every stored SMS in creation order.</summary>
    public IReadOnlyList<FakeSms> Messages => order.ToArray();

    /// <summary>Gets or sets the balance <c>GET /organization/account</c> reports.</summary>
    public decimal Balance { get; set; } = 100.5m;

    /// <summary>
    /// Gets the recipients the fake refuses, as a real server refuses numbers it cannot deliver to: a single send gets a
    /// 400 naming <c>to</c>, a bulk item gets an entry in <c>errors</c>. The SDK's own checks cannot know them, so they
    /// are how tests make the server reject some items of a bulk. Fill it before sending.
    /// </summary>
    public ISet<string> BlockedRecipients { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the balance currency.</summary>
    public string Currency { get; set; } = "EUR";

    internal IReadOnlyDictionary<string, string> Lookups => lookups;

    internal FakeSms Add(string family, string from, string to, string text, string? clientId, bool? allowUnicode)
    {
        var id = "sms_" + Interlocked.Increment(ref nextId).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var sms = new FakeSms(id, family, from, to, text, clientId, allowUnicode, time.GetUtcNow());
        messages[id] = sms;
        order.Add(sms);
        observer?.SmsStored(sms);
        return sms;
    }

    internal FakeSms? Find(string id) => messages.TryGetValue(id, out var sms) ? sms : null;

    internal string AddLookup(string to)
    {
        var id = "lkp_" + Interlocked.Increment(ref nextId).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        lookups[id] = to;
        return id;
    }
}
