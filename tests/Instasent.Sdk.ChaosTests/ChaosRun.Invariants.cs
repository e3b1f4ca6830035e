using Instasent.Sdk.Batching;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>The invariants, checked after the run against the server's and the receiver's own records.</summary>
public sealed partial class ChaosRun
{
    private const long MemorySlackBytes = 48L * 1024 * 1024;

    private void CheckInvariants(InstasentFakeServer server, WebhookReceiver receiver)
    {
        var all = decisions.ToList();
        foreach (var group in all.GroupBy(d => d.Endpoint))
        {
            report.Endpoints[group.Key] = (group.LongCount(), group.LongCount(d => d.Kind != FaultKind.None), group.LongCount(d => d.Tenant is not null));
        }

        CheckRetries(all);
        CheckTenants(all);
        CheckSms(server);
        CheckLynSms(server);
        CheckHellio(server);
        CheckIngest(server);
        CheckWebhooks(receiver);

        if (report.UnobservedTaskExceptions > 0)
        {
            report.Violation($"{report.UnobservedTaskExceptions} unobserved task exception(s)");
        }

        if (report.RequestsLeftHanging > 0)
        {
            report.Violation($"{report.RequestsLeftHanging} request(s) the SDK gave up on were still open on the server");
        }

        // The fake's stored state lives in this process, so the heap grows with the work done; what must not happen is
        // the SDK holding on to more per operation as the run goes on (the second half growing faster than the first).
        var firstHalf = report.ManagedBytesAtHalf - report.ManagedBytesAfterWarmUp;
        var secondHalf = report.ManagedBytesAtEnd - report.ManagedBytesAtHalf;
        if (report.ManagedBytesAtHalf > 0 && secondHalf > (firstHalf * 3 / 2) + MemorySlackBytes)
        {
            report.Violation($"memory grew {secondHalf / 1048576.0:0.0} MiB in the second half against {firstHalf / 1048576.0:0.0} MiB in the first");
        }
    }

    private void CheckRetries(List<Decision> all)
    {
        // A non-idempotent POST is sent again only if every earlier attempt got a 429 (the server did no work).
        foreach (var group in all.Where(d => d.Safety == Safety.NotIdempotent && d.Identity is not null).GroupBy(d => d.Endpoint + " " + d.Identity))
        {
            var attempts = group.ToList();
            for (var i = 0; i < attempts.Count - 1; i++)
            {
                if (!NoWorkDone.Contains(attempts[i].Kind))
                {
                    report.Violation($"{group.Key}: re-sent after a {attempts[i].Kind} (the server may have received it)");
                    break;
                }
            }
        }

        // A keyed send carries one key on every attempt: the caller's, or one the SDK minted once for the logical send.
        foreach (var group in all.Where(d => d.Safety == Safety.KeyedIdempotent && d.Identity is not null).GroupBy(d => d.Endpoint + " " + d.Identity))
        {
            var keys = group.Select(d => d.IdempotencyKey).Distinct().ToList();
            var identity = group.First().Identity!;
            if (keys.Count != 1 || string.IsNullOrEmpty(keys[0]))
            {
                report.Violation($"{group.Key}: {group.Count()} attempts carried {keys.Count} different idempotency keys ({string.Join(", ", keys)})");
            }
            else if (hellioBusinessKeys.TryGetValue(identity, out var expected) && keys[0] != expected)
            {
                report.Violation($"{group.Key}: sent with key {keys[0]} instead of the caller's {expected}");
            }
        }
    }

    private void CheckTenants(List<Decision> all)
    {
        var owners = Tenants.SelectMany(t => new[] { (TokenOf(t), t), (TokenOf(t, lynSms: true), t) }).ToDictionary(p => p.Item1, p => p.t, StringComparer.Ordinal);
        foreach (var decision in all.Where(d => d.Tenant is not null))
        {
            report.TenantCheckedRequests++;
            if (decision.Token is null || !owners.TryGetValue(decision.Token, out var owner) || owner != decision.Tenant)
            {
                report.Violation($"{decision.Endpoint} for tenant {decision.Tenant} ({decision.Identity}) was sent with another tenant's token");
            }
        }
    }

    private void CheckSms(InstasentFakeServer server)
    {
        var stored = server.Sms.Messages.Where(m => m.ClientId is not null).GroupBy(m => m.ClientId!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (clientId, messages) in stored.Where(s => s.Value.Count > 1))
        {
            report.Violation($"SMS {clientId} was stored {messages.Count} times");
        }

        foreach (var (clientId, id) in sentIds)
        {
            if (!stored.TryGetValue(clientId, out var messages) || messages[0].Id != id)
            {
                report.Violation($"SMS {clientId} was reported sent as {id} but the server has no such message");
            }
        }

        foreach (var (clientId, status, id, rejectedBeforeSending, safeToResend) in bulkOutcomes)
        {
            var isStored = stored.TryGetValue(clientId, out var messages);
            if (status == BatchItemStatus.Accepted && (!isStored || messages![0].Id != id))
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

    private void CheckLynSms(InstasentFakeServer server)
    {
        var stored = server.LynSms.Messages.Where(m => m.Reference is not null)
            .GroupBy(m => (m.Reference!, m.To)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (key, messages) in stored.Where(s => s.Value.Count > 1))
        {
            report.Violation($"LynSMS {key.Item1} to {key.To} was stored {messages.Count} times");
        }

        var singles = server.LynSms.Messages.Where(m => m.Reference is not null && !m.ViaBulk).ToDictionary(m => m.Reference!, m => m.Id, StringComparer.Ordinal);
        foreach (var (reference, id) in lynSent)
        {
            if (!singles.TryGetValue(reference, out var storedId) || storedId != id)
            {
                report.Violation($"LynSMS {reference} was reported sent as {id} but the server has no such message");
            }
        }

        foreach (var (reference, to, status, id, rejectedBeforeSending, safeToResend) in lynBulkOutcomes)
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

    private void CheckHellio(InstasentFakeServer server)
    {
        var campaigns = server.Hellio.Campaigns;
        var otps = server.Hellio.Otps;
        foreach (var (kind, key, count) in campaigns.GroupBy(c => c.IdempotencyKey).Select(g => ("SMS", g.Key, g.Count()))
                     .Concat(otps.GroupBy(o => o.IdempotencyKey).Select(g => ("OTP", g.Key, g.Count()))))
        {
            if (key is null)
            {
                report.Violation($"{count} Hellio {kind} send(s) reached the server without an idempotency key");
            }
            else if (count > 1)
            {
                report.Violation($"Hellio {kind} idempotency key {key} was delivered {count} times");
            }
        }

        var messagesPerCampaign = server.Hellio.Messages.Where(m => m.CampaignId is not null).GroupBy(m => m.CampaignId!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var campaign in campaigns.Where(c => messagesPerCampaign.GetValueOrDefault(c.Id) != c.Recipients.Count))
        {
            report.Violation($"Hellio campaign {campaign.Id} stored {messagesPerCampaign.GetValueOrDefault(campaign.Id)} SMS for {campaign.Recipients.Count} recipients");
        }

        var campaignsByReference = campaigns.ToDictionary(c => c.Reference, StringComparer.Ordinal);
        var otpsByReference = otps.ToDictionary(o => o.Reference, StringComparer.Ordinal);
        foreach (var (otp, identity, key, reference) in hellioSuccesses)
        {
            var storedKey = otp
                ? otpsByReference.TryGetValue(reference ?? string.Empty, out var o) ? o.IdempotencyKey : null
                : campaignsByReference.TryGetValue(reference ?? string.Empty, out var c) ? c.IdempotencyKey : null;
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

    private void CheckIngest(InstasentFakeServer server)
    {
        var events = server.Audience.Events;
        foreach (var group in events.GroupBy(e => (e.ProjectId, e.EventId)).Where(g => g.Count() > 1))
        {
            report.Violation($"event {group.Key.EventId} was stored {group.Count()} times");
        }

        var eventIds = events.Select(e => (e.ProjectId, e.EventId)).ToHashSet();
        // Grouped by identity: an input may carry the same event twice (a client-side replay), and the two copies can
        // land in different batches, one accepted and one refused with its batch. Only when every copy says "the
        // server does not have it" is a stored record a lie.
        foreach (var copies in ingestOutcomes.GroupBy(o => (o.Contact, o.Project, o.Id)))
        {
            var (contact, project, id) = copies.Key;
            var isStored = contact ? server.Audience.FindByUserId(project, id) is not null : eventIds.Contains((project, id));
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
