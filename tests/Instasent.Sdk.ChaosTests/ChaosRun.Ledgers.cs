using System.Collections.Concurrent;
using System.Diagnostics;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// The invariants are checked as the run goes: every request the server receives and every record it stores is booked
/// on the ledger of the operation it belongs to (found from the identity the run gave it), and each ledger is checked
/// and dropped <see cref="SettleTime"/> after its operation ended. Anything booked later (a late attempt, a late store)
/// is a violation in itself. So every operation is checked, and the run holds only the operations still in play.
/// </summary>
public sealed partial class ChaosRun
{
    /// <summary>
    /// How long after an operation ended its ledger stays open: an attempt the SDK gave up on may still reach the
    /// server's handler a moment later, and must be booked (it is the SDK's doing). Longer than any such delay seen.
    /// </summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<long, OperationLedger> ledgers = new();
    private readonly ConcurrentDictionary<string, OperationLedger> keyOwners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, OperationLedger> campaignOwners = new();
    private readonly ConcurrentQueue<(long Due, OperationLedger Ledger)> settling = new();
    private readonly object settleGate = new();
    private long[] settled = [];
    private long peakOpenLedgers;

    private OperationLedger Open(long index)
    {
        var ledger = new OperationLedger(index);
        ledgers[index] = ledger;
        return ledger;
    }

    private void Close(OperationLedger ledger)
    {
        var now = Stopwatch.GetTimestamp();
        settling.Enqueue((now + (long)(SettleTime.TotalSeconds * Stopwatch.Frequency), ledger));
        var open = ledgers.Count;
        if (open > Interlocked.Read(ref peakOpenLedgers))
        {
            Interlocked.Exchange(ref peakOpenLedgers, open);
        }

        SettleDue(now);
    }

    /// <summary>Checks and drops the ledgers whose settle time passed (all of them with <see cref="long.MaxValue"/>).</summary>
    private void SettleDue(long now)
    {
        if (!Monitor.TryEnter(settleGate))
        {
            // Another worker is settling; it will take these too.
            return;
        }

        try
        {
            while (settling.TryPeek(out var head) && head.Due <= now && settling.TryDequeue(out head))
            {
                ledgers.TryRemove(head.Ledger.Index, out _);
                Interlocked.Or(ref settled[head.Ledger.Index >> 6], 1L << (int)(head.Ledger.Index & 63));
                lock (head.Ledger.Gate)
                {
                    head.Ledger.Settled = true;
                    Settle(head.Ledger);
                }
            }
        }
        finally
        {
            Monitor.Exit(settleGate);
        }
    }

    /// <summary>The open ledger of the operation an identity belongs to; a violation when it was already checked.</summary>
    private OperationLedger? LedgerOf(string? identity, string what)
    {
        if (OperationLedger.IndexOf(identity) is not { } index)
        {
            return null;
        }

        if (ledgers.TryGetValue(index, out var ledger))
        {
            return ledger;
        }

        var late = index >= 0 && index < (long)settled.Length * 64 && (Volatile.Read(ref settled[index >> 6]) & (1L << (int)(index & 63))) != 0;
        report.Violation(late
            ? $"{what} for {identity} reached the server more than {SettleTime.TotalSeconds:0} s after its operation ended"
            : $"{what} for {identity} belongs to no operation of this run");
        return null;
    }

    /// <summary>
    /// Books something on an open ledger under its lock; a ledger found open may settle before the lock is taken, and
    /// what arrives then is as late as what finds no ledger at all.
    /// </summary>
    private bool TryBook(OperationLedger ledger, string what, Action<OperationLedger> write)
    {
        lock (ledger.Gate)
        {
            if (ledger.Settled)
            {
                report.Violation($"{what} for operation {ledger.Index} reached the server more than {SettleTime.TotalSeconds:0} s after the operation ended");
                return false;
            }

            write(ledger);
            return true;
        }
    }

    /// <summary>Books one request the server received (called by the fault injector, before the route runs).</summary>
    private void OnRequest(RecordedRequest request, FaultKind kind)
    {
        var decision = Classify(request, kind);
        var tenantChecked = decision.Tenant is not null;
        report.Endpoints.AddOrUpdate(
            decision.Endpoint,
            (1L, kind != FaultKind.None ? 1L : 0L, tenantChecked ? 1L : 0L),
            (_, n) => (n.Requests + 1, n.Faults + (kind != FaultKind.None ? 1 : 0), n.TenantChecked + (tenantChecked ? 1 : 0)));
        CheckTenant(decision);
        if (decision.Safety == Safety.Safe || decision.Identity is null || LedgerOf(decision.Identity, decision.Endpoint) is not { } ledger)
        {
            return;
        }

        var logical = decision.Endpoint + " " + decision.Identity;
        TryBook(ledger, logical, l =>
        {
            if (decision.Safety == Safety.NotIdempotent)
            {
                // Sent again only if the previous attempt got a 429 (the server did no work).
                if (l.LastAttempt.TryGetValue(logical, out var previous) && !NoWorkDone.Contains(previous))
                {
                    report.Violation($"{logical}: re-sent after a {previous} (the server may have received it)");
                }

                l.LastAttempt[logical] = kind;
                return;
            }

            if (!l.Keys.TryGetValue(logical, out var keys))
            {
                l.Keys[logical] = keys = new HashSet<string>(StringComparer.Ordinal);
            }

            keys.Add(decision.IdempotencyKey ?? string.Empty);
            if (decision.IdempotencyKey is { Length: > 0 } key)
            {
                keyOwners[key] = l;
            }
        });
    }

    /// <summary>Books what the fake stores, as it stores it.</summary>
    private sealed class StoreObserver(ChaosRun run) : IFakeStoreObserver
    {
        public void SmsStored(FakeSms sms)
        {
            if (sms.ClientId is { } clientId && run.LedgerOf(clientId, "SMS") is { } ledger)
            {
                run.TryBook(ledger, "SMS " + clientId, l =>
                {
                    if (!l.Sms.TryGetValue(clientId, out var ids))
                    {
                        l.Sms[clientId] = ids = [];
                    }

                    ids.Add(sms.Id);
                });
            }
        }

        public void LynSmsStored(FakeLynSmsMessage message)
        {
            if (message.Reference is { } reference && run.LedgerOf(reference, "LynSMS message") is { } ledger)
            {
                run.TryBook(ledger, "LynSMS message " + reference, l =>
                {
                    if (!l.LynSms.TryGetValue((reference, message.To), out var stored))
                    {
                        l.LynSms[(reference, message.To)] = stored = [];
                    }

                    stored.Add((message.Id, message.ViaBulk));
                });
            }
        }

        public void HellioCampaignStored(FakeHellioCampaign campaign)
        {
            if (run.HellioSendStored(otp: false, campaign.IdempotencyKey, campaign.Reference) is { } ledger
                && run.TryBook(ledger, "Hellio campaign " + campaign.Id, l => l.Campaigns[campaign.Id] = (campaign.Recipients.Count, 0)))
            {
                run.campaignOwners[campaign.Id] = ledger;
            }
        }

        public void HellioMessageStored(FakeHellioMessage message)
        {
            if (message.CampaignId is not { } campaignId)
            {
                return;
            }

            if (!run.campaignOwners.TryGetValue(campaignId, out var ledger))
            {
                run.report.Violation($"Hellio message {message.Id} stored for campaign {campaignId}, which is not an open operation's");
                return;
            }

            run.TryBook(ledger, "Hellio message of campaign " + campaignId, l =>
            {
                var (recipients, messages) = l.Campaigns[campaignId];
                l.Campaigns[campaignId] = (recipients, messages + 1);
            });
        }

        public void HellioOtpStored(FakeHellioOtp otp) => run.HellioSendStored(otp: true, otp.IdempotencyKey, otp.Reference);

        public void ContactWritten(FakeContact contact)
        {
            if (run.LedgerOf(contact.UserId, "contact") is { } ledger)
            {
                run.TryBook(ledger, "contact " + contact.UserId, l => l.Contacts.Add((contact.ProjectId, contact.UserId)));
            }
        }

        public void EventStored(FakeEvent storedEvent)
        {
            if (run.LedgerOf(storedEvent.EventId, "event") is { } ledger)
            {
                var key = (storedEvent.ProjectId, storedEvent.EventId);
                run.TryBook(ledger, "event " + storedEvent.EventId, l => l.Events[key] = l.Events.GetValueOrDefault(key) + 1);
            }
        }
    }

    /// <summary>Books a Hellio campaign or OTP on the operation whose request carried its key.</summary>
    private OperationLedger? HellioSendStored(bool otp, string? key, string reference)
    {
        var kind = otp ? "OTP" : "SMS";
        if (key is null)
        {
            report.Violation($"a Hellio {kind} send reached the server without an idempotency key");
            return null;
        }

        if (!keyOwners.TryGetValue(key, out var ledger))
        {
            report.Violation($"Hellio {kind} idempotency key {key} was stored, but no open operation sent it");
            return null;
        }

        return TryBook(ledger, $"Hellio {kind} {key}", l =>
        {
            l.HellioKeys[(otp, key)] = l.HellioKeys.GetValueOrDefault((otp, key)) + 1;
            l.HellioByReference[(otp, reference)] = key;
        }) ? ledger : null;
    }
}
