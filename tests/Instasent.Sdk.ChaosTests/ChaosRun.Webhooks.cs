using System.Collections.Concurrent;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// Duplicate deliveries of signed webhooks, as vendors make them (at least once, retried with backoff until
/// acknowledged); copies of one event may arrive while the first is still being handled.
/// </summary>
public sealed partial class ChaosRun
{
    private const int VendorAttemptsPerCopy = 6;

    private async Task DeliverWebhookAsync(InstasentFakeServer server, WebhookReceiver receiver, bool lynSms, string id, Random random)
    {
        // Everything random is drawn up front: the copies run concurrently and Random is not thread-safe.
        var copies = random.Next(1, 4);
        var concurrent = random.Next(2) == 0;
        var key = lynSms ? "lynsms|evt_" + id : "hellio|pm_" + id;
        if (random.Next(5) == 0)
        {
            receiver.FailFirst[key] = 0;
        }

        var now = DateTimeOffset.UtcNow;
        Func<Task<IReadOnlyList<WebhookDeliveryResult>>> deliver = lynSms
            ? () => server.DeliverLynSmsWebhookAsync(receiver.LynSmsUrl, WebhookReceiver.LynSmsSecret, new LynSmsWebhookEvent
            {
                Id = "evt_" + id,
                Object = "event",
                Type = LynSmsWebhookEventType.MessageDelivered,
                CreatedAt = now,
                Data = new LynSmsMessage { Id = "msg_" + id, To = "+34600000000", Status = LynSmsMessageStatus.Delivered },
            })
            : () => server.DeliverHellioWebhookAsync(receiver.HellioUrl, WebhookReceiver.HellioSecret, new HellioWebhookEvent
            {
                Event = HellioWebhookEventType.MessageDelivered,
                MobileNumber = "+233201234567",
                ProviderMessageId = "pm_" + id,
                Status = HellioMessageStatus.Delivered,
                Timestamp = now,
            });

        async Task<bool> DeliverCopyAsync()
        {
            for (var attempt = 0; attempt < VendorAttemptsPerCopy; attempt++)
            {
                Interlocked.Increment(ref report.WebhookDeliveries);
                var results = await deliver().ConfigureAwait(false);
                if (results[0].IsSuccess)
                {
                    return true;
                }

                // Vendors back off exponentially; an in-flight copy is refused (503) until the first one is handled.
                await Task.Delay(TimeSpan.FromMilliseconds(10 << attempt)).ConfigureAwait(false);
            }

            return false;
        }

        bool[] acknowledged;
        if (concurrent)
        {
            if (copies > 1)
            {
                Interlocked.Increment(ref report.ConcurrentWebhookCopies);
            }

            acknowledged = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => DeliverCopyAsync())).ConfigureAwait(false);
        }
        else
        {
            acknowledged = new bool[copies];
            for (var i = 0; i < copies; i++)
            {
                acknowledged[i] = await DeliverCopyAsync().ConfigureAwait(false);
            }
        }

        Interlocked.Increment(ref report.WebhookEvents);
        if (!acknowledged.All(ok => ok))
        {
            report.Violation($"webhook {key}: a delivery was never acknowledged after {VendorAttemptsPerCopy} attempts");
        }

        // Every copy was answered, and a copy is answered only after its handler ran, so the count is final: check it
        // now and forget the event.
        receiver.Processed.TryRemove(key, out var processed);
        if (processed != 1)
        {
            report.Violation($"webhook {key} delivered {copies} time(s) was processed {processed} times");
        }
    }

    private void CheckWebhooksAtEnd(WebhookReceiver receiver)
    {
        report.WebhookHandlerRuns = receiver.HandlerRuns;
        report.WebhookHandlerFailures = receiver.HandlerFailures;
        foreach (var (key, processed) in receiver.Processed)
        {
            report.Violation($"webhook {key} was processed {processed} time(s) after its deliveries were checked, or never sent");
        }
    }
}
