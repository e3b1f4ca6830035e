using Instasent.Sdk.Batching;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// What one operation did, seen from both sides: what its caller was told, and what the server received and stored for
/// it. A run keeps a ledger only until the operation is checked, a few seconds after it ended, so memory does not grow
/// with the number of operations. Every member is used under <see cref="Gate"/>.
/// </summary>
internal sealed class OperationLedger(long index)
{
    public long Index { get; } = index;

    public object Gate { get; } = new();

    /// <summary>Gets or sets whether the ledger was checked: nothing may be booked on it any more.</summary>
    public bool Settled { get; set; }

    // Server side: the attempts the server received.

    /// <summary>Per non-idempotent logical request (endpoint and identity): the fault its latest attempt got.</summary>
    public Dictionary<string, FaultKind> LastAttempt { get; } = new(StringComparer.Ordinal);

    /// <summary>Per keyed logical send (endpoint and identity): the distinct keys its attempts carried ("" for none).</summary>
    public Dictionary<string, HashSet<string>> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>The caller's business key for its Hellio send, when it gave one.</summary>
    public string? BusinessKey { get; set; }

    // Server side: what it stored.

    public Dictionary<string, List<string>> Sms { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Reference, string To), List<(string Id, bool ViaBulk)>> LynSms { get; } = [];

    /// <summary>Hellio sends (campaigns, OTPs) stored, per idempotency key: how many.</summary>
    public Dictionary<(bool Otp, string Key), int> HellioKeys { get; } = [];

    /// <summary>Hellio campaigns and OTPs stored, by the reference the server gave them: the key they were stored under.</summary>
    public Dictionary<(bool Otp, string Reference), string?> HellioByReference { get; } = [];

    /// <summary>Hellio campaigns stored: their recipient count and how many messages the server stored for them.</summary>
    public Dictionary<long, (int Recipients, int Messages)> Campaigns { get; } = [];

    public HashSet<(string Project, string UserId)> Contacts { get; } = [];

    public Dictionary<(string Project, string EventId), int> Events { get; } = [];

    // Caller side: what it was told.

    public List<(string ClientId, string Id)> SmsSent { get; } = [];

    public List<(string ClientId, BatchItemStatus Status, string? Id, bool RejectedBeforeSending, bool SafeToResend)> SmsBulk { get; } = [];

    public List<(string Reference, string Id)> LynSent { get; } = [];

    public List<(string Reference, string To, BatchItemStatus Status, string? Id, bool RejectedBeforeSending, bool SafeToResend)> LynBulk { get; } = [];

    public List<(bool Otp, string Identity, string? Key, string? Reference)> HellioSuccesses { get; } = [];

    public List<(bool Contact, string Project, string Id, BatchItemStatus Status, bool RejectedBeforeSending, int Index, int Batch)> Ingest { get; } = [];

    /// <summary>
    /// The operation index in an identity the run made (<c>a-s12</c>, <c>b-b12-3</c>, <c>a-lb12|+34…</c>, <c>a-e12-3</c>…):
    /// tenant, dash, letters, then the index. <see langword="null"/> for anything else.
    /// </summary>
    public static long? IndexOf(string? identity)
    {
        if (identity is not { Length: > 2 } || identity[1] != '-')
        {
            return null;
        }

        var i = 2;
        while (i < identity.Length && char.IsAsciiLetterLower(identity[i]))
        {
            i++;
        }

        var start = i;
        long value = 0;
        while (i < identity.Length && char.IsAsciiDigit(identity[i]) && i - start < 18)
        {
            value = (value * 10) + (identity[i] - '0');
            i++;
        }

        return i > start && (i == identity.Length || identity[i] is '-' or '|') ? value : null;
    }
}
