using System.Collections.Concurrent;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>The workload: a weighted mix of operations over every family.</summary>
public sealed partial class ChaosRun
{
    /// <summary>Operation names with their weight (per thousand).</summary>
    private static readonly (string Name, int Weight)[] Mix =
    [
        ("Transactional.SendSms", 140),
        ("Legacy.SendSms", 60),
        ("LynSms.Send", 100),
        ("Hellio.SendSms (SDK key)", 60),
        ("Hellio.SendSms (business key)", 50),
        ("Hellio.SendOtp (SDK key)", 40),
        ("Hellio.SendOtp (business key)", 30),
        ("Transactional.SendBulkSms", 60),
        ("LynSms.SendBulk", 50),
        ("Ingest.UpsertContacts", 70),
        ("Ingest.AppendEvents", 70),
        ("Transactional.ListSms", 50),
        ("Product.ScrollAudience", 50),
        ("Hellio.ListMessages", 50),
        ("Transactional.GetAccount", 30),
        ("Webhook.LynSms", 50),
        ("Webhook.Hellio", 40),
    ];

    private static string Pick(Random random)
    {
        var roll = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (name, weight) in Mix)
        {
            roll -= weight;
            if (roll < 0)
            {
                return name;
            }
        }

        return Mix[^1].Name;
    }

    private async Task RunOperationAsync(IInstasentClient client, string tenant, long index, OperationLedger ledger, Random random, InstasentFakeServer server, WebhookReceiver receiver)
    {
        Interlocked.Increment(ref report.OperationsAttempted);
        var name = Pick(random);
        Count(name);
        var succeeded = await GuardAsync(name, async () =>
        {
            switch (name)
            {
                case "Transactional.SendSms":
                case "Legacy.SendSms":
                {
                    var clientId = $"{tenant}-s{index}";
                    IInstasentSmsClient sms = name.StartsWith("Legacy", StringComparison.Ordinal) ? client.Legacy : client.Transactional;
                    var response = await sms.SendSmsAsync(new SmsRequest("Chaos", $"+3460{index % 10_000_000:D7}", "chaos " + index) { ClientId = clientId }).ConfigureAwait(false);
                    Book(ledger, l => l.SmsSent.Add((clientId, response.Value.Id)));
                    AddRetries(response.Attempts.Count);
                    break;
                }

                case "Transactional.SendBulkSms":
                {
                    var count = random.Next(1, 260);
                    Interlocked.Add(ref report.BulkItems, count);
                    var messages = Enumerable.Range(0, count)
                        .Select(i => new SmsRequest("Chaos", random.Next(25) == 0 ? "not-a-number" : $"+3461{i:D7}", "bulk") { ClientId = $"{tenant}-b{index}-{i}" })
                        .ToList();
                    var result = await client.Transactional.SendBulkSmsAsync(messages).ConfigureAwait(false);
                    CheckBatchShape(name, count, result);
                    Book(ledger, l => l.SmsBulk.AddRange(result.Items.Select(item => (messages[item.Index].ClientId!, item.Status, item.Result?.Id, item.RejectedBeforeSending, item.IsSafeToResend))));

                    break;
                }

                case "LynSms.Send":
                {
                    var reference = $"{tenant}-l{index}";
                    var response = await client.LynSms.SendSmsAsync(new LynSmsSmsRequest("Chaos", $"+3462{index % 10_000_000:D7}", "chaos " + index) { Reference = reference }).ConfigureAwait(false);
                    Book(ledger, l => l.LynSent.Add((reference, response.Value.Id)));
                    AddRetries(response.Attempts.Count);
                    break;
                }

                case "LynSms.SendBulk":
                {
                    // Now and then more than one request's worth (1,000), so the SDK splits it.
                    var count = random.Next(50) == 0 ? random.Next(1001, 1300) : random.Next(1, 300);
                    Interlocked.Add(ref report.BulkItems, count);
                    var reference = $"{tenant}-lb{index}";
                    var recipients = Enumerable.Range(0, count).Select(i => random.Next(25) == 0 ? "12345" : $"+3463{i:D7}").ToList();
                    var result = await client.LynSms.SendBulkSmsAsync(new LynSmsBulkSmsRequest("Chaos", recipients, "bulk " + index) { Reference = reference }).ConfigureAwait(false);
                    CheckBatchShape(name, count, result);
                    Book(ledger, l => l.LynBulk.AddRange(result.Items.Select(item => (reference, recipients[item.Index], item.Status, item.Result?.Id, item.RejectedBeforeSending, item.IsSafeToResend))));

                    break;
                }

                case "Hellio.SendSms (SDK key)":
                case "Hellio.SendOtp (SDK key)":
                    await HellioSendAsync(client, ledger, name.Contains("Otp", StringComparison.Ordinal), $"{tenant}-h{index}", key: null).ConfigureAwait(false);
                    break;
                case "Hellio.SendSms (business key)":
                case "Hellio.SendOtp (business key)":
                {
                    var otp = name.Contains("Otp", StringComparison.Ordinal);
                    var identity = $"{tenant}-h{index}";
                    var key = IdempotencyKeys.FromBusinessIds(tenant, otp ? "otp" : "order", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Book(ledger, l => l.BusinessKey = key);
                    if (random.Next(4) == 0)
                    {
                        // A double submit: the same business operation twice at once must still be one SMS.
                        Count(name + " double submit");
                        var twice = await Task.WhenAll(
                            GuardAsync(name, () => HellioSendAsync(client, ledger, otp, identity, key)),
                            GuardAsync(name, () => HellioSendAsync(client, ledger, otp, identity, key))).ConfigureAwait(false);
                        if (!twice.Any(ok => ok))
                        {
                            // Both failures were counted by the inner guards.
                            throw new AlreadyCountedException();
                        }
                    }
                    else
                    {
                        await HellioSendAsync(client, ledger, otp, identity, key).ConfigureAwait(false);
                    }

                    break;
                }

                case "Ingest.UpsertContacts":
                {
                    var count = random.Next(1, 250);
                    Interlocked.Add(ref report.BulkItems, count);
                    var contacts = Enumerable.Range(0, count).Select(i => random.Next(15) switch
                    {
                        0 => new IngestContact($"{tenant}-c{index}-{i}") { PhoneMobile = "12-34" },
                        1 => new IngestContact($"{tenant}-c{index}-{i}") { Email = "no-at-sign" },
                        _ => new IngestContact($"{tenant}-c{index}-{i}") { Email = $"c{index}.{i}@example.com", FirstName = "Chaos" },
                    }).ToList();
                    var result = await client.Ingest.Datasource(ProjectOf(tenant), "ds_chaos").UpsertContactsAsync(contacts).ConfigureAwait(false);
                    CheckBatchShape(name, count, result);
                    Book(ledger, l => l.Ingest.AddRange(result.Items.Select(item => (true, ProjectOf(tenant), contacts[item.Index].UserId, item.Status, item.RejectedBeforeSending, item.Index, item.BatchNumber))));

                    break;
                }

                case "Ingest.AppendEvents":
                {
                    var count = random.Next(1, 250);
                    Interlocked.Add(ref report.BulkItems, count);
                    var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(index);
                    var events = new List<IngestEvent>(count);
                    for (var i = 0; i < count; i++)
                    {
                        events.Add(random.Next(15) switch
                        {
                            0 => new IngestEvent($"{tenant}-c{index}", " ", at) { EventId = $"{tenant}-e{index}-{i}" },
                            // The same event again (a client-side replay): stored once, by _event_id.
                            1 when i > 0 => events[i - 1] with { },
                            _ => new IngestEvent($"{tenant}-c{index}", "purchase", at) { EventId = $"{tenant}-e{index}-{i}" }.WithParameter("amount", i),
                        });
                    }

                    var result = await client.Ingest.Datasource(ProjectOf(tenant), "ds_chaos").AppendEventsAsync(events).ConfigureAwait(false);
                    CheckBatchShape(name, count, result);
                    Book(ledger, l => l.Ingest.AddRange(result.Items.Select(item => (false, ProjectOf(tenant), events[item.Index].EventId!, item.Status, item.RejectedBeforeSending, item.Index, item.BatchNumber))));

                    break;
                }

                case "Transactional.ListSms":
                    await foreach (var _ in client.Transactional.ListSmsAsync().AsPages(pageSizeHint: PageSizeOf(tenant)).SelectMany(p => p.Items.ToAsyncEnumerable()).Take(60).ConfigureAwait(false))
                    {
                    }

                    break;
                case "Product.ScrollAudience":
                    await foreach (var _ in client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: PageSizeOf(tenant)).SelectMany(p => p.Items.ToAsyncEnumerable()).Take(150).ConfigureAwait(false))
                    {
                    }

                    break;
                case "Hellio.ListMessages":
                    await foreach (var _ in client.Hellio.ListMessagesAsync().AsPages(pageSizeHint: PageSizeOf(tenant)).SelectMany(p => p.Items.ToAsyncEnumerable()).Take(120).ConfigureAwait(false))
                    {
                    }

                    break;
                case "Transactional.GetAccount":
                    var account = await client.Transactional.GetBalanceAsync().ConfigureAwait(false);
                    AddRetries(account.Attempts.Count);
                    break;
                case "Webhook.LynSms":
                case "Webhook.Hellio":
                    await DeliverWebhookAsync(server, receiver, name == "Webhook.LynSms", $"{tenant}{index}", random).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException("Unknown operation " + name);
            }
        }).ConfigureAwait(false);

        if (succeeded)
        {
            Interlocked.Increment(ref report.OperationsSucceeded);
        }
    }

    private static InstasentRequestOptions? Keyed(string? key) => key is null ? null : new InstasentRequestOptions { IdempotencyKey = key };

    private async Task HellioSendAsync(IInstasentClient client, OperationLedger ledger, bool otp, string identity, string? key)
    {
        if (otp)
        {
            var response = await client.Hellio.SendOtpAsync(HellioOtpRequest.BySms($"+2332{identity.GetHashCode(StringComparison.Ordinal) & 0xFFFFFF:D8}", "Chaos") with { Purpose = identity }, Keyed(key)).ConfigureAwait(false);
            Book(ledger, l => l.HellioSuccesses.Add((true, identity, response.IdempotencyKey, response.Value.Reference)));
            AddRetries(response.Attempts.Count);
        }
        else
        {
            var response = await client.Hellio.SendSmsAsync(new HellioSmsRequest("Chaos", ["+233201234567", "+233207654321"], identity), Keyed(key)).ConfigureAwait(false);
            Book(ledger, l => l.HellioSuccesses.Add((false, identity, response.IdempotencyKey, response.Value.Reference)));
            AddRetries(response.Attempts.Count);
        }
    }

    /// <summary>Runs one call; every failure must be a typed SDK exception.</summary>
    private async Task<bool> GuardAsync(string name, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (AlreadyCountedException)
        {
            return false;
        }
        catch (InstasentException ex)
        {
            report.FailuresByType.AddOrUpdate(ex.GetType().Name, 1, static (_, n) => n + 1);
            Interlocked.Add(ref report.Retries, Math.Max(0, ex.Attempts.Count - 1));
            return false;
        }
        catch (Exception ex)
        {
            report.FailuresByType.AddOrUpdate("UNTYPED " + ex.GetType().Name, 1, static (_, n) => n + 1);
            report.Violation($"{name} threw an untyped {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }

    /// <summary>Writes what the caller was told on its operation's ledger (store observers write on it concurrently).</summary>
    private static void Book(OperationLedger ledger, Action<OperationLedger> write)
    {
        lock (ledger.Gate)
        {
            write(ledger);
        }
    }

    private void AddRetries(int attempts) => Interlocked.Add(ref report.Retries, Math.Max(0, attempts - 1));

    private void CheckBatchShape<T>(string name, int inputCount, BatchResult<T> result)
    {
        if (result.Items.Count != inputCount || result.Items.Select((item, i) => item.Index == i).Any(ok => !ok))
        {
            report.Violation($"{name}: {inputCount} inputs gave {result.Items.Count} outcomes or indexes out of order");
        }

        if (result.AcceptedCount + result.RejectedCount + result.FailedCount + result.NotSentCount + result.UnknownCount != inputCount)
        {
            report.Violation($"{name}: the status counts of {inputCount} inputs do not add up ({result})");
        }

        if (result.Items.Any(i => i.Status is BatchItemStatus.Accepted or BatchItemStatus.Unknown && i.IsSafeToResend && !i.IdempotentOperation))
        {
            report.Violation($"{name}: an accepted or unknown item of a non-idempotent bulk was called safe to send again");
        }

        foreach (var item in result.Items)
        {
            report.BatchItems.AddOrUpdate($"{name} {item.Status}", 1, static (_, n) => n + 1);
            if (item.Exception is { } failure)
            {
                report.FailuresByType.AddOrUpdate("(batch item) " + failure.GetType().Name, 1, static (_, n) => n + 1);
            }
        }
    }

    private sealed class AlreadyCountedException : Exception
    {
    }
}
