using System.Net;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.StackExchangeRedis.Tests.Support;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Instasent.Sdk.StackExchangeRedis.Tests;

/// <summary>
/// Two receiving instances (separate Kestrel apps, each with its own Redis connection) share the Redis dedup store; the
/// vendor delivers the same event to both at once, as a load balancer would spread a retry.
/// </summary>
public sealed class FleetWebhookDeduplicationTests
{
    private const string Secret = "hellio_wh_secret_fleet";

    // How long a slow handler waits for the other copy's answer; reached only when that copy was wrongly accepted.
    private static readonly TimeSpan HandlerPatience = TimeSpan.FromSeconds(5);

    private GarnetHost garnet = null!;
    private InstasentFakeServer fake = null!;
    private readonly List<WebApplication> apps = [];
    private TaskCompletionSource otherCopyRefused = null!;

    [OneTimeSetUp]
    public void StartGarnet() => garnet = GarnetHost.Start();

    [OneTimeTearDown]
    public void StopGarnet() => garnet.Dispose();

    [SetUp]
    public async Task StartFake()
    {
        otherCopyRefused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake = await InstasentFakeServer.StartAsync();
    }

    [TearDown]
    public async Task StopAll()
    {
        foreach (var app in apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        apps.Clear();
        await fake.DisposeAsync();
    }

    [Test]
    public async Task The_same_delivery_reaching_two_instances_at_once_is_handled_once()
    {
        var runs = 0;
        var handler = async () =>
        {
            Interlocked.Increment(ref runs);
            await otherCopyRefused.Task.WaitAsync(HandlerPatience);
            return Results.Ok();
        };
        var (a, b) = (await StartReceiverAsync(handler), await StartReceiverAsync(handler));
        var receipt = Receipt();

        var answers = await Task.WhenAll(fake.DeliverHellioWebhookAsync(a, Secret, receipt), fake.DeliverHellioWebhookAsync(b, Secret, receipt));
        var laterRetry = (await fake.DeliverHellioWebhookAsync(b, Secret, receipt)).Single();

        Assert.That(answers.Select(r => r.Single().StatusCode).Order(), Is.EqualTo(new[] { 200, 503 }), "the copy on the other instance is refused while the first is in flight");
        Assert.That(laterRetry.StatusCode, Is.EqualTo(200));
        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failing_handler_on_one_instance_lets_the_vendors_retry_through_on_the_other()
    {
        var runs = 0;
        var succeeded = 0;
        var handler = async () =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                await otherCopyRefused.Task.WaitAsync(HandlerPatience);
                throw new InvalidOperationException("the database is down");
            }

            Interlocked.Increment(ref succeeded);
            return Results.Ok();
        };
        var (a, b) = (await StartReceiverAsync(handler), await StartReceiverAsync(handler));
        var receipt = Receipt();

        var answers = await Task.WhenAll(fake.DeliverHellioWebhookAsync(a, Secret, receipt), fake.DeliverHellioWebhookAsync(b, Secret, receipt));
        var retry = (await fake.DeliverHellioWebhookAsync(b, Secret, receipt)).Single();

        Assert.That(answers.Select(r => r.Single().StatusCode).Order(), Is.EqualTo(new[] { 500, 503 }), "no copy is acknowledged before a handler succeeded");
        Assert.That(retry.StatusCode, Is.EqualTo(200));
        Assert.That((runs, succeeded), Is.EqualTo((2, 1)), "the delivery is not lost");
    }

    private static HellioWebhookEvent Receipt() => new()
    {
        Event = HellioWebhookEventType.MessageDelivered,
        MobileNumber = "233241234567",
        ProviderMessageId = "pm_fleet_" + Guid.NewGuid().ToString("N"),
        Status = HellioMessageStatus.Delivered,
        Timestamp = DateTimeOffset.UtcNow.AddSeconds(-3),
    };

    private async Task<Uri> StartReceiverAsync(Delegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddInstasentWebhooks(o => o.Hellio.SigningSecret = Secret);
        builder.Services.AddInstasentRedisWebhookDeduplication(garnet.Connect(), r => r.KeyPrefix = "fleet-webhooks:");
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode == 503)
            {
                otherCopyRefused.TrySetResult();
            }
        });
        app.MapHellioWebhook("/hooks/hellio", handler);
        await app.StartAsync();
        apps.Add(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/hooks/hellio");
    }
}
