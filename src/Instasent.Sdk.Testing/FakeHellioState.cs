using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Instasent.Sdk.Testing;

/// <summary>In-memory state of the fake Hellio API, for assertions and for steering its behaviour.</summary>
public sealed class FakeHellioState
{
    private readonly RetainedQueue<FakeHellioCampaign> campaigns;
    private readonly RetainedQueue<FakeHellioMessage> messages;
    private readonly RetainedQueue<FakeHellioOtp> otps;
    private readonly RetainedQueue<FakeHellioVoiceBroadcast> voice;
    private readonly RetainedQueue<string> idempotencyKeys;
    private readonly ConcurrentDictionary<string, (string Password, string? TwoFactorCode, string Name)> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider time;
    private readonly IFakeStoreObserver? observer;
    private TaskCompletionSource? pause;
    private TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextId;
    private int inFlight;

    internal FakeHellioState(InstasentFakeServerOptions options)
    {
        time = options.TimeProvider;
        observer = options.StoreObserver;
        campaigns = new RetainedQueue<FakeHellioCampaign>(options.Retention);
        messages = new RetainedQueue<FakeHellioMessage>(options.Retention);
        otps = new RetainedQueue<FakeHellioOtp>(options.Retention);
        voice = new RetainedQueue<FakeHellioVoiceBroadcast>(options.Retention);
        idempotencyKeys = new RetainedQueue<string>(options.Retention, key => Idempotency.TryRemove(key, out _));
    }

    /// <summary>Gets the accepted SMS campaigns, in order. A replayed or conflicting request adds none.</summary>
    public IReadOnlyList<FakeHellioCampaign> Campaigns => campaigns.ToArray();

    /// <summary>Gets the messages (one per recipient of a campaign, one per OTP), in order.</summary>
    public IReadOnlyList<FakeHellioMessage> Messages => messages.ToArray();

    /// <summary>Gets the OTPs issued, in order.</summary>
    public IReadOnlyList<FakeHellioOtp> Otps => otps.ToArray();

    /// <summary>Gets the voice broadcasts, in order.</summary>
    public IReadOnlyList<FakeHellioVoiceBroadcast> VoiceBroadcasts => voice.ToArray();

    /// <summary>Gets or sets the wallet balance; a send that costs more gets 402 <c>insufficient_balance</c>.</summary>
    public decimal Balance { get; set; } = 195m;

    /// <summary>Gets or sets the USSD balance; renting an extension that costs more gets 402 <c>insufficient_ussd_balance</c>.</summary>
    public decimal UssdBalance { get; set; } = 100m;

    /// <summary>Gets or sets the price of one SMS segment.</summary>
    public decimal PricePerSegment { get; set; } = 0.035m;

    /// <summary>Gets the approved sender ids; when empty (default), every sender is approved, else others get 422 <c>sender_not_approved</c>.</summary>
    public ISet<string> ApprovedSenders { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets how many idempotent requests were answered from the store with <c>Idempotent-Replayed: true</c>.</summary>
    public int ReplayCount { get; internal set; }

    /// <summary>Gets how many idempotent requests are being processed now.</summary>
    public int InFlightCount => Volatile.Read(ref inFlight);

    internal ConcurrentDictionary<string, IdempotencyEntry> Idempotency { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, JsonObject> Webhooks { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, JsonObject> Lookups { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, JsonObject> UssdApps { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, JsonObject> UssdExtensions { get; } = new(StringComparer.Ordinal);

    internal ConcurrentDictionary<string, JsonObject> UssdSessions { get; } = new(StringComparer.Ordinal);

    internal DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Adds an account <c>POST /auth/token</c> accepts.</summary>
    /// <param name="email">The e-mail.</param>
    /// <param name="password">The password.</param>
    /// <param name="twoFactorCode">The 2FA code the account requires, or <see langword="null"/> for none.</param>
    /// <param name="name">The user's name.</param>
    public void AddUser(string email, string password, string? twoFactorCode = null, string name = "Fake User") => users[email] = (password, twoFactorCode, name);

    /// <summary>
    /// Holds every idempotent send (<c>sms/send</c>, <c>otp/send</c>, <c>voice/send</c>) after its key is registered,
    /// until <see cref="ResumeSends"/>: lets a test send a duplicate while the first is in flight (409 <c>idempotency_conflict</c>).
    /// </summary>
    public void PauseSends() => Interlocked.CompareExchange(ref pause, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    /// <summary>Completes when an idempotent send is being processed (at once if one already is); use it with <see cref="PauseSends"/>.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when a send is in flight.</returns>
    public Task WaitForInFlightAsync(CancellationToken cancellationToken = default) =>
        InFlightCount > 0 ? Task.CompletedTask : Volatile.Read(ref entered).Task.WaitAsync(cancellationToken);

    /// <summary>Releases the sends held by <see cref="PauseSends"/>.</summary>
    public void ResumeSends() => Interlocked.Exchange(ref pause, null)?.TrySetResult();

    /// <summary>Gets the code of the most recent OTP sent to a destination, or <see langword="null"/>.</summary>
    /// <param name="destination">The phone number or e-mail address.</param>
    /// <returns>The code.</returns>
    public string? LastOtpCode(string destination) => otps.LastOrDefault(o => o.Destination == destination)?.Code;

    internal bool TryGetUser(string email, out (string Password, string? TwoFactorCode, string Name) user) => users.TryGetValue(email, out user);

    internal long NextId() => Interlocked.Increment(ref nextId);

    internal async Task EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref inFlight);
        Interlocked.Exchange(ref entered, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        if (Volatile.Read(ref pause) is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal void Leave() => Interlocked.Decrement(ref inFlight);

    internal void AddCampaign(FakeHellioCampaign campaign)
    {
        campaigns.Add(campaign);
        observer?.HellioCampaignStored(campaign);
    }

    internal void AddMessage(FakeHellioMessage message)
    {
        messages.Add(message);
        observer?.HellioMessageStored(message);
    }

    internal void AddOtp(FakeHellioOtp otp)
    {
        otps.Add(otp);
        observer?.HellioOtpStored(otp);
    }

    internal void AddVoice(FakeHellioVoiceBroadcast broadcast) => voice.Add(broadcast);

    /// <summary>Keeps a successful answer for replay, forgetting the oldest keys beyond the retention limit.</summary>
    internal void StoreReplay(string key, IdempotencyEntry entry)
    {
        Idempotency[key] = entry;
        idempotencyKeys.Add(key);
    }

    internal bool TryCharge(decimal amount)
    {
        lock (users)
        {
            if (Balance < amount)
            {
                return false;
            }

            Balance -= amount;
            return true;
        }
    }

    internal bool TryChargeUssd(decimal amount)
    {
        lock (users)
        {
            if (UssdBalance < amount)
            {
                return false;
            }

            UssdBalance -= amount;
            return true;
        }
    }

    /// <summary>A stored answer for an idempotency key; <see cref="Status"/> 0 while the first request is in flight.</summary>
    internal sealed record IdempotencyEntry(int Status, string? Body);
}
