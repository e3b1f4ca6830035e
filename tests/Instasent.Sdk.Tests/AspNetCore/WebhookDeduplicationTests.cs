using System.Collections.Concurrent;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.AspNetCore;

/// <summary>
/// Lease-based de-duplication over real loopback: the fake delivers copies of one event concurrently
/// (<see cref="FakeServerVariance.ConcurrentDuplicateDeliveries"/>) to a Kestrel receiver whose handler is slow.
/// </summary>
public sealed class WebhookDeduplicationTests
{
    private const string HellioSecret = "hellio_wh_secret_dedup";
    private const string LynSecret = "whsec_lyn_dedup_0123";
    private static readonly DateTimeOffset Now = new(2026, 6, 30, 10, 0, 0, TimeSpan.Zero);

    // How long a slow handler waits for the duplicate's answer; reached only when the SDK answers the duplicate 2xx.
    private static readonly TimeSpan HandlerPatience = TimeSpan.FromSeconds(5);

    private static readonly HellioWebhookEvent Receipt = new()
    {
        Event = HellioWebhookEventType.MessageDelivered,
        MobileNumber = "233241234567",
        ProviderMessageId = "pm_lease_1",
        Status = HellioMessageStatus.Delivered,
        Timestamp = Now.AddSeconds(-3),
    };

    private readonly ConcurrentQueue<(int Status, string RetryAfter)> failedAnswers = new();
    private TaskCompletionSource duplicateRefused = null!;
    private FakeTimeProvider time = null!;
    private InstasentFakeServer fake = null!;
    private WebhookApp? app;

    [SetUp]
    public async Task SetUp()
    {
        failedAnswers.Clear();
        duplicateRefused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        time = new FakeTimeProvider(Now);
        fake = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions
        {
            TimeProvider = time,
            Variance = new FakeServerVariance { ConcurrentDuplicateDeliveries = true },
        });
    }

    [TearDown]
    public async Task TearDown()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }

        await fake.DisposeAsync();
    }

    [Test]
    public async Task A_duplicate_of_an_in_flight_delivery_gets_503_with_Retry_After_and_the_handler_runs_once()
    {
        var runs = 0;
        await StartAsync(async () =>
        {
            Interlocked.Increment(ref runs);
            await duplicateRefused.Task.WaitAsync(HandlerPatience);
            return Results.Ok();
        });

        var concurrent = await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt, new WebhookDeliveryOptions { Deliveries = 2 });
        var laterRetry = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt)).Single();

        Assert.That(concurrent.Select(r => r.StatusCode).Order(), Is.EqualTo(new[] { 200, 503 }), "the vendor must retry the duplicate of an in-flight delivery");
        Assert.That(failedAnswers.Single().RetryAfter, Is.EqualTo("30"), "Retry-After: what is left of the 30 s processing lease");
        Assert.That(laterRetry.StatusCode, Is.EqualTo(200), "a duplicate of a done delivery is acknowledged");
        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public async Task A_handler_that_fails_while_its_duplicate_is_in_flight_is_run_again_on_the_vendor_retry()
    {
        var runs = 0;
        var succeeded = 0;
        await StartAsync(async () =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                await duplicateRefused.Task.WaitAsync(HandlerPatience);
                throw new InvalidOperationException("the database is down");
            }

            Interlocked.Increment(ref succeeded);
            return Results.Ok();
        });

        var concurrent = await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt, new WebhookDeliveryOptions { Deliveries = 2 });
        var retry = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt)).Single();

        Assert.That(concurrent.Select(r => r.StatusCode).Order(), Is.EqualTo(new[] { 500, 503 }), "no copy may be acknowledged before the handler succeeded");
        Assert.That(retry.StatusCode, Is.EqualTo(200));
        Assert.That((runs, succeeded), Is.EqualTo((2, 1)), "the failed delivery is not lost: the retry runs the handler");
    }

    [Test]
    public async Task Distinct_Hellio_receipts_without_provider_message_id_are_all_handled()
    {
        var handled = new ConcurrentQueue<HellioWebhookEvent>();
        await StartAsync((HellioWebhookEvent e) => handled.Enqueue(e));
        var first = Receipt with { ProviderMessageId = null };
        var second = Receipt with { ProviderMessageId = null, MobileNumber = "233201112233", Status = HellioMessageStatus.Failed, Event = HellioWebhookEventType.MessageFailed };

        var results = new[]
        {
            (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, first)).Single(),
            (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, second)).Single(),
            (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, second with { Status = HellioMessageStatus.Delivered, Event = HellioWebhookEventType.MessageDelivered })).Single(),
        };

        Assert.That(results.Select(r => r.StatusCode), Is.All.EqualTo(200));
        Assert.That(handled, Has.Count.EqualTo(3), "receipts without an id have no identity to deduplicate on");
    }

    [Test]
    public async Task Hellio_receipts_of_one_message_with_different_statuses_or_times_are_all_handled_and_each_once()
    {
        var handled = new ConcurrentQueue<HellioWebhookEvent>();
        await StartAsync((HellioWebhookEvent e) => handled.Enqueue(e));
        var failed = Receipt with { Event = HellioWebhookEventType.MessageFailed, Status = HellioMessageStatus.Failed };
        var later = Receipt with { Timestamp = Now };

        foreach (var receipt in new[] { Receipt, failed, later, Receipt, failed, later })
        {
            Assert.That((await fake.DeliverHellioWebhookAsync(Url, HellioSecret, receipt)).Single().StatusCode, Is.EqualTo(200));
        }

        Assert.That(handled, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Hellio_requests_stripped_of_their_V2_headers_are_rejected_by_default()
    {
        var handled = new ConcurrentQueue<HellioWebhookEvent>();
        await StartAsync((HellioWebhookEvent e) => handled.Enqueue(e));

        var stripped = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt, new WebhookDeliveryOptions { IncludeHellioTimestampedSignature = false })).Single();

        Assert.That(stripped.StatusCode, Is.EqualTo(401), "a captured V1-only request never expires: replaying it must not work");
        Assert.That(handled, Is.Empty);
    }

    [Test]
    public async Task A_delivery_whose_handler_hangs_is_refused_until_its_processing_lease_expires_then_taken_over()
    {
        var runs = 0;
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var unblock = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await StartAsync(
            async () =>
            {
                if (Interlocked.Increment(ref runs) == 1)
                {
                    entered.TrySetResult();
                    await unblock.Task.WaitAsync(HandlerPatience);
                }

                return Results.Ok();
            },
            o => o.DeduplicationProcessingLease = TimeSpan.FromSeconds(20));

        var hung = fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt);
        await entered.Task.WaitAsync(HandlerPatience);
        time.Advance(TimeSpan.FromSeconds(5));
        var whileLeased = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt)).Single();
        time.Advance(TimeSpan.FromSeconds(15));
        var afterExpiry = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt)).Single();
        var afterTakeOver = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt)).Single();
        unblock.TrySetResult();
        var first = (await hung).Single();

        Assert.That(whileLeased.StatusCode, Is.EqualTo(503));
        Assert.That(failedAnswers.Single().RetryAfter, Is.EqualTo("15"), "what is left of the 20 s lease");
        Assert.That(afterExpiry.StatusCode, Is.EqualTo(200), "the expired lease is taken over and the handler runs");
        Assert.That(afterTakeOver.StatusCode, Is.EqualTo(200));
        Assert.That(first.StatusCode, Is.EqualTo(200));
        Assert.That(runs, Is.EqualTo(2), "the hung run and the take-over; the copy after the take-over found it done");
    }

    [Test]
    public async Task LynSms_events_without_an_id_are_never_merged_and_events_with_one_are_handled_once()
    {
        var handled = new ConcurrentQueue<LynSmsWebhookEvent>();
        app = await WebhookApp.StartAsync(
            services => services.AddSingleton<TimeProvider>(time).AddInstasentWebhooks(o => o.LynSms.SigningSecret = LynSecret).AddInstasentWebhookDeduplication(),
            a => a.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) => handled.Enqueue(e)));
        var url = app.Url("/hooks/lynsms");
        var withId = new LynSmsWebhookEvent { Id = "evt_1", Type = LynSmsWebhookEventType.MessageSent, CreatedAt = Now };

        var results = new List<WebhookDeliveryResult>();
        results.AddRange(await fake.DeliverLynSmsWebhookAsync(url, LynSecret, withId with { Id = "" }));
        results.AddRange(await fake.DeliverLynSmsWebhookAsync(url, LynSecret, withId with { Id = "", Type = LynSmsWebhookEventType.MessageDelivered }));
        results.AddRange(await fake.DeliverLynSmsWebhookAsync(url, LynSecret, withId));
        results.AddRange(await fake.DeliverLynSmsWebhookAsync(url, LynSecret, withId));

        Assert.That(results.Select(r => r.StatusCode), Is.All.EqualTo(200));
        Assert.That(handled.Select(e => e.Id), Is.EqualTo(new[] { "", "", "evt_1" }));
    }

    private Uri Url => app!.Url("/hooks/hellio");

    [Test]
    public async Task A_store_that_cannot_claim_answers_503_so_the_vendor_retries_and_the_handler_does_not_run()
    {
        var handled = 0;
        await StartAsync((HellioWebhookEvent _) => Interlocked.Increment(ref handled), store: new UnreachableStore());

        var answer = (await fake.DeliverHellioWebhookAsync(Url, HellioSecret, Receipt)).Single();

        Assert.That(answer.StatusCode, Is.EqualTo(503), "a 500 would do too for most vendors, but 503 + Retry-After says 'later'");
        Assert.That(failedAnswers.Single().RetryAfter, Is.Not.Empty);
        Assert.That(handled, Is.Zero, "without a lease the handler must not run: another instance may be running it");
    }

    /// <summary>A store whose backend is down; its message holds what a Redis connection error may hold.</summary>
    private sealed class UnreachableStore : IWebhookDeduplicationStore
    {
        public ValueTask<WebhookDeduplicationClaim> TryClaimAsync(string key, TimeSpan processingLease, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No connection to redis://dedup:S3cretPass@10.1.2.3:6379");

        public ValueTask CompleteAsync(string key, TimeSpan retention, CancellationToken cancellationToken) => throw new InvalidOperationException("unreachable");

        public ValueTask ReleaseAsync(string key, string leaseToken, CancellationToken cancellationToken) => throw new InvalidOperationException("unreachable");
    }

    private async Task StartAsync(Delegate handler, Action<InstasentWebhookOptions>? configure = null, IWebhookDeduplicationStore? store = null)
    {
        app = await WebhookApp.StartAsync(
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddInstasentWebhooks(o =>
                {
                    o.Hellio.SigningSecret = HellioSecret;
                    o.LynSms.SigningSecret = LynSecret;
                    configure?.Invoke(o);
                });
                services.AddInstasentWebhookDeduplication();
                if (store is not null)
                {
                    services.AddSingleton(store);
                }
            },
            a =>
            {
                // Sees what the vendor sees; signals the slow handler once a copy was refused.
                a.Use(async (context, next) =>
                {
                    await next(context);
                    if (context.Response.StatusCode is < 200 or >= 300)
                    {
                        failedAnswers.Enqueue((context.Response.StatusCode, context.Response.Headers.RetryAfter.ToString()));
                        duplicateRefused.TrySetResult();
                    }
                });
                a.MapHellioWebhook("/hooks/hellio", handler);
            });
    }
}
