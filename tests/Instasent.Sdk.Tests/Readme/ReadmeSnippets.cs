using Instasent.Sdk;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Diagnostics;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Product;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.StackExchangeRedis;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StackExchange.Redis;

namespace Instasent.Sdk.Tests.Readme;

/// <summary>
/// Every C# snippet of README.md, compiled. <see cref="ReadmeSnippetTests"/> checks that each ```csharp block of the
/// README (introduced by <c>&lt;!-- snippet: Name --&gt;</c>) equals the <c>#region snippet:Name</c> below, ignoring
/// indentation and runs of spaces, and that the README's leading <c>using</c> directives are among this file's.
/// </summary>
/// <remarks>
/// To add a snippet: add a method here (parameters stand for whatever the snippet takes as given), wrap its body in
/// <c>#region snippet:Name</c> / <c>#endregion</c>, and put <c>&lt;!-- snippet: Name --&gt;</c> on the line above the
/// README's ```csharp fence. The methods are compiled, never run: they exist so the README cannot use an API that is
/// gone or was renamed.
/// </remarks>
internal static class ReadmeSnippets
{
    public static async Task QuickStart(IEnumerable<SmsRequest> messages)
    {
        #region snippet:QuickStart
        var options = new InstasentClientOptions();
        options.Transactional.Token = Environment.GetEnvironmentVariable("INSTASENT_TOKEN");

        using var client = new InstasentClient(options);
        var sent = await client.Transactional.SendSmsAsync("Acme", "+34600000000", "Your code is 1234");
        Console.WriteLine($"{sent.Value.Id} {sent.Value.Status} (request {sent.RequestId}, {sent.RateLimit?.Remaining} calls left)");

        var bulk = await client.Transactional.SendBulkSmsAsync(messages);      // any number; batches of 100, outcomes by index
        await foreach (var sms in client.Transactional.ListSmsAsync()) { }      // lazy, page by page
        #endregion
    }

    public static void DependencyInjection(WebApplicationBuilder builder, string tenantBToken)
    {
        #region snippet:DependencyInjection
        builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"));
        builder.Services.AddInstasentClient("tenant-b", o => o.Transactional.Token = tenantBToken);   // named client

        // inject IInstasentClient (the default one), or IInstasentClientFactory.CreateClient("tenant-b"),
        // or [FromKeyedServices("tenant-b")] IInstasentClient
        #endregion
    }

    public static async Task PerCallOptions(IInstasentClient client, string tenantToken, string correlationId, CancellationToken cancellationToken)
    {
        #region snippet:PerCallOptions
        // One call with another tenant's token, its own deadline, no waiting on 429 and a correlation header.
        var options = new InstasentRequestOptions
        {
            Token = tenantToken,
            Timeout = TimeSpan.FromSeconds(10),
            RateLimitMode = RateLimitMode.Throw,
            Headers = new Dictionary<string, string> { ["X-Correlation-Id"] = correlationId },
        };
        var sent = await client.Transactional.SendSmsAsync("Acme", "+34600111222", "Your code is 1234", options, cancellationToken);
        Console.WriteLine($"{sent.Value.Id} (request {sent.RequestId}, server said {sent.Headers.GetValueOrDefault("Date")})");

        // Lists: await foreach over items, or pages with a continuation token you can store and resume from.
        await foreach (var page in client.Transactional.ListSmsAsync().AsPages(continuationToken: null, pageSizeHint: 50))
        {
            Console.WriteLine($"{page.Items.Count} messages; resume later with '{page.ContinuationToken}'");
        }
        #endregion
    }

    public static void TokenProvider(WebApplicationBuilder builder)
    {
        #region snippet:TokenProvider
        // Asked before every attempt (a rotated token is used by the retry); answering null uses the configured token.
        builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"))
            .UseTokenProvider(sp => new VaultTokenProvider(sp.GetRequiredService<ISecretStore>()));

        // Family clients can be injected directly, named clients as keyed services:
        // public sealed class Notifier([FromKeyedServices("tenant-a")] ITransactionalClient sms) { ... }
        #endregion
    }

    #region snippet:VaultTokenProvider
    public sealed class VaultTokenProvider(ISecretStore secrets) : IInstasentTokenProvider
    {
        // Cache inside the store: this runs once per attempt.
        public async ValueTask<string?> GetTokenAsync(InstasentTokenContext context, CancellationToken cancellationToken) =>
            await secrets.GetCachedAsync($"instasent/{context.Family}/{context.CredentialKey}", cancellationToken);
    }
    #endregion

    public static async Task TestingYourCode()
    {
        #region snippet:TestingYourCode
        await using var fake = await InstasentFakeServer.StartAsync();
        using var client = new InstasentClient(fake.CreateClientOptions());
        fake.EnqueueFault(FakeFault.RateLimited(("Retry-After", "1")));
        await client.Transactional.SendSmsAsync("Acme", "+34600000000", "hi");
        Assert.That(fake.Sms.Messages, Has.Count.EqualTo(1));
        #endregion
    }

    public static async Task ProductExample(InstasentClient client)
    {
        #region snippet:ProductExample
        // Product: search with the filter builder, then scroll the whole audience lazily (memory stays flat).
        var filter = QueryFilter.Where(FilterJoin.And, g => g.Attribute("_email", FilterOperator.Contains, "yahoo"))
            .SortBy("_user_id").Take(10);
        var found = await client.Product.Audience.SearchContactsAsync(filter);
        await foreach (var contact in client.Product.Audience.ListContactsAsync())
        {
            Console.WriteLine(contact.Id);
        }

        await client.Product.Messaging.SendSmsAsync(new ProductSmsRequest(ProductSmsRequest.DefaultSender, "+34600000000", "Your table is ready") { UtmTerm = "restaurant" });
        #endregion
    }

    public static async Task IngestExample(InstasentClient client, IEnumerable<(string Id, string Email, string Phone)> customers)
    {
        #region snippet:IngestExample
        // Ingest: any number of contacts (or an IAsyncEnumerable export), batches of 100, one outcome per record by index.
        var shop = client.Ingest.Datasource("shop");   // Instasent:Ingest:Datasources:shop:{ProjectId,DatasourceId,Token}
        var upsert = await shop.UpsertContactsAsync(customers.Select(c => new IngestContact(c.Id) { Email = c.Email, PhoneMobile = c.Phone }));
        Console.WriteLine($"{upsert.AcceptedCount} accepted, {upsert.RejectedCount} rejected, {upsert.FailedCount} failed");
        #endregion
    }

    public static async Task LynSmsExample(InstasentClient client)
    {
        #region snippet:LynSmsExample
        // LynSMS: the {success, data, meta} envelope is unwrapped; the request id is on the result and on exceptions.
        var lyn = await client.LynSms.SendSmsAsync(new LynSmsSmsRequest("Acme", "+12025550143", "Your code is 1234") { Reference = "signup-9214" });
        Console.WriteLine($"{lyn.Value.Id} {lyn.Value.Status} ({lyn.RequestId})");
        #endregion
    }

    public static async Task HellioExample(InstasentClient client)
    {
        #region snippet:HellioExample
        // Hellio: sends carry an Idempotency-Key, so they are retried safely; a key derived from business ids
        // survives a process restart, and a repeat is answered from the server's replay.
        var key = IdempotencyKeys.FromBusinessIds("order-1042", "+233241234567");
        var hellio = await client.Hellio.SendSmsAsync("Acme", "+233241234567", "Order 1042 shipped", new InstasentRequestOptions { IdempotencyKey = key });
        Console.WriteLine($"{hellio.Value.Reference} replayed: {hellio.IdempotentReplayed}");
        #endregion
    }

    public static InstasentClient HellioIssuedTokenExample(InstasentClientOptions options, string password)
    {
        #region snippet:HellioIssuedToken
        // Hellio tokens obtained at run time (POST /auth/token, which needs no token) plug in as a token provider.
        // With options.Hellio.AllowStartWithoutToken = true the client starts before any token exists.
        InstasentClient? client = null;
        var provider = new HellioIssuedTokenProvider(() => client!.Hellio, new HellioTokenRequest("ama@example.com", password) { DeviceName = "billing" });
        client = new InstasentClient(options, tokenProvider: provider);
        #endregion
        return client;
    }

    #region snippet:HellioIssuedTokenProvider
    // Issues a Hellio token once, on first use, and hands the cached token to every later attempt.
    public sealed class HellioIssuedTokenProvider(Func<IHellioClient> hellio, HellioTokenRequest credentials) : IInstasentTokenProvider
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private string? token;

        public async ValueTask<string?> GetTokenAsync(InstasentTokenContext context, CancellationToken cancellationToken)
        {
            if (context.Family != "Hellio")
            {
                return null; // other families keep their configured tokens
            }

            if (Volatile.Read(ref token) is { } cached)
            {
                return cached;
            }

            await gate.WaitAsync(cancellationToken);
            try
            {
                if (token is null)
                {
                    var result = await hellio().IssueTokenAsync(credentials, cancellationToken: cancellationToken);
                    Volatile.Write(ref token, result.Value.Token?.Token ?? throw new InvalidOperationException("The account needs a 2FA code."));
                }

                return token;
            }
            finally
            {
                gate.Release();
            }
        }
    }
    #endregion

    public static void WebhooksExample(WebApplicationBuilder builder, WebApplication app)
    {
        #region snippet:WebhooksExample
        // Webhooks in ASP.NET Core: the raw body is verified (constant time, timestamp tolerance) before your handler runs.
        builder.Services.AddInstasentWebhooks(builder.Configuration.GetSection(InstasentWebhookOptions.DefaultSectionName));
        app.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) => Results.Ok());
        app.MapHellioWebhook("/hooks/hellio", (HellioWebhookEvent e) => Results.Ok());
        app.MapInstasentDeliveryReportWebhook("/hooks/instasent/{secret}", (DeliveryReport report) => Results.Ok());
        #endregion
    }

    public static void WebhookDeduplication(WebApplicationBuilder builder, WebApplication app)
    {
        #region snippet:WebhookDeduplication
        // Each delivery is claimed before the handler runs and marked done only when it answers 2xx.
        builder.Services.AddInstasentWebhooks(builder.Configuration.GetSection(InstasentWebhookOptions.DefaultSectionName));
        builder.Services.AddInstasentWebhookDeduplication(); // in process memory: one instance
        app.MapHellioWebhook("/hooks/hellio", async (HellioWebhookEvent e, CancellationToken ct) =>
        {
            await Task.Delay(100, ct); // your work: throw or answer non-2xx and the vendor's retry runs it again
            return Results.Ok();
        });
        #endregion
    }

    public static void AspireDefaults(WebApplicationBuilder builder)
    {
        #region snippet:AspireDefaults
        // Host defaults reach every HttpClient; the SDK removes their resilience handler from its own clients.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"))
            .ConfigureHttpClients(http => http.AddHttpMessageHandler<MyCorrelationHandler>());   // your handler, inside the SDK's pipeline
        #endregion
    }

    public static async Task BulkCancellation(InstasentClient client, IEnumerable<SmsRequest> messages, CancellationToken stoppingToken)
    {
        #region snippet:BulkCancellation
        try
        {
            await client.Transactional.SendBulkSmsAsync(messages, cancellationToken: stoppingToken);
        }
        catch (InstasentBatchCanceledException<SmsMessage> cancelled)
        {
            // One outcome per message read: Accepted ones were sent (and charged), NotSent ones can go later,
            // Unknown ones may have been sent: look them up by ClientReference before sending them again.
            var later = cancelled.PartialResult.Items.Where(o => o.Status == BatchItemStatus.NotSent).Select(o => o.Index);
        }
        #endregion
    }

    public static async Task BulkOutcomeModes(InstasentClient client, IAsyncEnumerable<IngestContact> export, CancellationToken stoppingToken)
    {
        #region snippet:BulkOutcomeModes
        var shop = client.Ingest.Datasource("shop");

        // Counts for every record, but only the outcomes to act on are kept: memory grows with the failures, not the export.
        var sync = await shop.UpsertContactsAsync(export, requestOptions: new() { OutcomeRetention = BatchOutcomeRetention.NotAccepted });
        Console.WriteLine($"{sync.AcceptedCount} of {sync.ItemCount} accepted; to look at: {sync.Items.Count}");

        // Or nothing kept at all: each outcome as its batch finishes (a slow reader holds back the next batches).
        await foreach (var outcome in shop.UpsertContactsStreamingAsync(export, cancellationToken: stoppingToken))
        {
            if (outcome.Status != BatchItemStatus.Accepted)
            {
                Console.WriteLine($"record {outcome.Index}: {outcome.Status}");
            }
        }
        #endregion
    }

    public static void TypedWebhooks(WebApplication app)
    {
        #region snippet:TypedWebhooks
        // Typed handlers: mapped as plain request delegates, nothing bound by reflection (trimming and native AOT safe).
        app.MapLynSmsWebhook("/hooks/lynsms", async (e, context, ct) =>
        {
            await context.RequestServices.GetRequiredService<IMyQueue>().EnqueueAsync(e, ct);
            return Results.Ok();
        });
        app.MapHellioUssdCallback("/ussd", (callback, context, ct) => Task.FromResult(HellioUssdReply.End("Thanks")));
        #endregion
    }

    public static async Task FleetRedis(WebApplicationBuilder builder)
    {
        #region snippet:FleetRedis
        var redis = await ConnectionMultiplexer.ConnectAsync(builder.Configuration.GetConnectionString("redis")!);
        builder.Services.AddInstasentClient(builder.Configuration.GetSection("Instasent"));
        builder.Services.AddInstasentRedisPacing(redis);                 // turns pacing on: one budget per token for the whole fleet
        builder.Services.AddInstasentWebhooks(builder.Configuration.GetSection(InstasentWebhookOptions.DefaultSectionName));
        builder.Services.AddInstasentRedisWebhookDeduplication(redis);   // a delivery is handled once across every instance
        #endregion
    }

    public static void HealthChecks(WebApplicationBuilder builder, WebApplication app)
    {
        #region snippet:HealthChecks
        builder.Services.AddHealthChecks().AddInstasentHealthChecks(tags: ["ready"]);
        app.MapHealthChecks("/health/ready", new() { Predicate = r => r.Tags.Contains("ready") });
        #endregion
    }

    public static void OpenTelemetryWiring(WebApplicationBuilder builder)
    {
        #region snippet:OpenTelemetryWiring
        // The SDK's Internal spans and instruments, and the runtime's HttpClient spans and http.client.request.duration.
        builder.Services.AddOpenTelemetry()
            .WithTracing(t => t.AddSource(InstasentTelemetry.ActivitySourceName, "System.Net.Http"))
            .WithMetrics(m => m.AddMeter(InstasentTelemetry.MeterName, "System.Net.Http"));
        #endregion
    }

    /// <summary>Stands for a handler of the application's own in <see cref="AspireDefaults"/>.</summary>
    private sealed class MyCorrelationHandler : DelegatingHandler;

    /// <summary>Stands for the application's own secret store in <see cref="VaultTokenProvider"/>.</summary>
    public interface ISecretStore
    {
        /// <summary>Gets a secret, cached by the store.</summary>
        ValueTask<string?> GetCachedAsync(string name, CancellationToken cancellationToken);
    }

    /// <summary>Stands for the application's own work queue in <see cref="TypedWebhooks"/>.</summary>
    private interface IMyQueue
    {
        Task EnqueueAsync(LynSmsWebhookEvent webhookEvent, CancellationToken cancellationToken);
    }
}
