using Instasent.Sdk.Batching;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// The invariants: the tenant of each request when it arrives, each operation's requests and stored records when its
/// ledger settles (see ChaosRun.Ledgers.cs), and what can only be judged once the run is over at the end.
/// </summary>
public sealed partial class ChaosRun
{
    private const long MemorySlackBytes = 48L * 1024 * 1024;

    private static readonly Dictionary<string, string> TokenOwners =
        Tenants.SelectMany(t => new[] { (TokenOf(t), t), (TokenOf(t, lynSms: true), t) }).ToDictionary(p => p.Item1, p => p.t, StringComparer.Ordinal);

    private void CheckAtEnd(WebhookReceiver receiver)
    {
        SettleDue(long.MaxValue);
        foreach (var ledger in ledgers.Values)
        {
            report.Violation($"operation {ledger.Index} was never checked");
        }

        CheckWebhooksAtEnd(receiver);
        if (report.UnobservedTaskExceptions > 0)
        {
            report.Violation($"{report.UnobservedTaskExceptions} unobserved task exception(s)");
        }

        if (report.RequestsLeftHanging > 0)
        {
            report.Violation($"{report.RequestsLeftHanging} request(s) the SDK gave up on were still open on the server");
        }

        // What must not happen is the SDK holding on to more per operation as the run goes on (the second half growing
        // faster than the first). With the fake's retention on, the run's own state is bounded, so any steady growth is.
        var firstHalf = report.ManagedBytesAtHalf - report.ManagedBytesAfterWarmUp;
        var secondHalf = report.ManagedBytesAtEnd - report.ManagedBytesAtHalf;
        if (report.ManagedBytesAtHalf > 0 && secondHalf > (firstHalf * 3 / 2) + MemorySlackBytes)
        {
            report.Violation($"memory grew {secondHalf / 1048576.0:0.0} MiB in the second half against {firstHalf / 1048576.0:0.0} MiB in the first");
        }
    }

    private void CheckTenant(Decision decision)
    {
        if (decision.Tenant is null)
        {
            return;
        }

        Interlocked.Increment(ref report.TenantCheckedRequests);
        if (decision.Token is null || !TokenOwners.TryGetValue(decision.Token, out var owner) || owner != decision.Tenant)
        {
            report.Violation($"{decision.Endpoint} for tenant {decision.Tenant} ({decision.Identity}) was sent with another tenant's token");
        }
    }

    /// <summary>Checks one operation once nothing more can arrive for it, then forgets it.</summary>
    private void Settle(OperationLedger ledger)
    {
        CheckKeys(ledger);
        CheckSms(ledger);
        CheckLynSms(ledger);
        CheckHellio(ledger);
        CheckIngest(ledger);
        foreach (var key in ledger.Keys.Values.SelectMany(k => k))
        {
            keyOwners.TryRemove(new KeyValuePair<string, OperationLedger>(key, ledger));
        }

        foreach (var campaign in ledger.Campaigns.Keys)
        {
            campaignOwners.TryRemove(campaign, out _);
        }
    }

    private void CheckKeys(OperationLedger ledger)
    {
        // A keyed send carries one key on every attempt: the caller's, or one the SDK minted once for the logical send.
        foreach (var (logical, keys) in ledger.Keys)
        {
            if (keys.Count != 1 || keys.Contains(string.Empty))
            {
                report.Violation($"{logical}: its attempts carried {keys.Count} different idempotency keys ({string.Join(", ", keys.Select(k => k.Length == 0 ? "(none)" : k))})");
            }
            else if (ledger.BusinessKey is { } expected && keys.First() != expected)
            {
                report.Violation($"{logical}: sent with key {keys.First()} instead of the caller's {expected}");
            }
        }
    }

    private void CheckSms(OperationLedger ledger)
    {
        var stored = ledger.Sms;
        foreach (var (clientId, ids) in stored.Where(s => s.Value.Count > 1))
        {
            report.Violation($"SMS {clientId} was stored {ids.Count} times");
        }

        foreach (var (clientId, id) in ledger.SmsSent)
        {
            if (!stored.TryGetValue(clientId, out var ids) || ids[0] != id)
            {
                report.Violation($"SMS {clientId} was reported sent as {id} but the server has no such message");
            }
        }

        foreach (var (clientId, status, id, rejectedBeforeSending, safeToResend) in ledger.SmsBulk)
        {
            var isStored = stored.TryGetValue(clientId, out var ids);
            if (status == BatchItemStatus.Accepted && (!isStored || ids![0] != id))
            {
                report.Violation($"bulk SMS {clientId} reported accepted as {id} but not stored (or with another message's id)");
            }

            // Rejected, failed and not-sent items are safe to send again only if the server really does not have them.
            if (safeToResend && isStored)
            {
                report.Violation($"bulk SMS {clientId} reported {status}{(rejectedBeforeSending ? " before sending" : string.Empty)}, safe to send again, yet stored");
            }
        }
    }

    private void CheckLynSms(OperationLedger ledger)
    {
        var stored = ledger.LynSms;
        foreach (var (key, messages) in stored.Where(s => s.Value.Count > 1))
        {
            report.Violation($"LynSMS {key.Reference} to {key.To} was stored {messages.Count} times");
        }

        foreach (var (reference, id) in ledger.LynSent)
        {
            var storedId = stored.Where(s => s.Key.Reference == reference).SelectMany(s => s.Value).Where(m => !m.ViaBulk).Select(m => m.Id).FirstOrDefault();
            if (storedId != id)
            {
                report.Violation($"LynSMS {reference} was reported sent as {id} but the server has no such message");
            }
        }

        foreach (var (reference, to, status, id, rejectedBeforeSending, safeToResend) in ledger.LynBulk)
        {
            var isStored = stored.TryGetValue((reference, to), out var messages);
            if (status == BatchItemStatus.Accepted && (!isStored || !messages!.Any(m => m.Id == id)))
            {
                report.Violation($"LynSMS bulk {reference} to {to} reported accepted as {id} but not stored (or with another recipient's id)");
            }

            if (safeToResend && isStored)
            {
                report.Violation($"LynSMS bulk {reference} to {to} reported {status}{(rejectedBeforeSending ? " before sending" : string.Empty)}, safe to send again, yet stored");
            }
        }
    }

    private void CheckHellio(OperationLedger ledger)
    {
        // Sends without a key, or with a key no open operation sent, are reported when they are stored.
        foreach (var ((otp, key), count) in ledger.HellioKeys.Where(k => k.Value > 1))
        {
            report.Violation($"Hellio {(otp ? "OTP" : "SMS")} idempotency key {key} was delivered {count} times");
        }

        foreach (var (id, (recipients, messages)) in ledger.Campaigns.Where(c => c.Value.Recipients != c.Value.Messages))
        {
            report.Violation($"Hellio campaign {id} stored {messages} SMS for {recipients} recipients");
        }

        foreach (var (otp, identity, key, reference) in ledger.HellioSuccesses)
        {
            var storedKey = ledger.HellioByReference.GetValueOrDefault((otp, reference ?? string.Empty));
            if (storedKey is null)
            {
                report.Violation($"Hellio {(otp ? "OTP" : "SMS")} {identity} reported sent as {reference} but the server has no such send");
            }
            else if (storedKey != key)
            {
                report.Violation($"Hellio {identity}: the caller was told key {key}, the server stored {storedKey}");
            }
        }
    }

    private void CheckIngest(OperationLedger ledger)
    {
        foreach (var (key, count) in ledger.Events.Where(e => e.Value > 1))
        {
            report.Violation($"event {key.EventId} was stored {count} times");
        }

        // Grouped by identity: an input may carry the same event twice (a client-side replay), and the two copies can
        // land in different batches, one accepted and one refused with its batch. Only when every copy says "the
        // server does not have it" is a stored record a lie.
        foreach (var copies in ledger.Ingest.GroupBy(o => (o.Contact, o.Project, o.Id)))
        {
            var (contact, project, id) = copies.Key;
            var isStored = contact ? ledger.Contacts.Contains((project, id)) : ledger.Events.ContainsKey((project, id));
            var what = contact ? "contact" : "event";
            var described = string.Join(", ", copies.Select(c => $"#{c.Index} {c.Status}{(c.RejectedBeforeSending ? " before sending" : string.Empty)} in batch {c.Batch}"));
            if (!isStored && copies.Any(c => c.Status == BatchItemStatus.Accepted))
            {
                report.Violation($"{what} {id} reported accepted but not stored ({described})");
            }

            if (isStored && copies.All(c => c.Status is BatchItemStatus.Rejected or BatchItemStatus.Failed or BatchItemStatus.NotSent))
            {
                report.Violation($"{what} {id} stored, yet every copy was reported as not taken ({described})");
            }
        }
    }
}
