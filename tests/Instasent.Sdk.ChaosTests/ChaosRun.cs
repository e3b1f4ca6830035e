using System.Collections.Concurrent;
using System.Diagnostics;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// One chaos run: two tenants hammer the loopback fake through the real SDK, over every API family, while a seeded
/// injector breaks requests and signed webhooks are delivered in duplicate to a receiver built on the SDK's ASP.NET
/// Core helper. The invariants are checked as the run goes, each operation a few seconds after it ended, against what
/// the server received and stored for it (see ChaosRun.Ledgers.cs); the fake forgets old records (its retention), so
/// memory stays flat however long the run.
/// </summary>
public sealed partial class ChaosRun
{
    private static readonly string[] Tenants = ["a", "b"];

    private readonly ChaosSettings settings;
    private readonly ChaosReport report;

    public ChaosRun(ChaosSettings settings)
    {
        this.settings = settings;
        report = new ChaosReport { Settings = settings };
    }

    /// <summary>The token each tenant uses for one family (LynSMS keys have their own shape).</summary>
    internal static string TokenOf(string tenant, bool lynSms = false) =>
        lynSms ? "ds_live_chaos" + new string(tenant[0], 27) : "token-" + tenant;

    /// <summary>The page size a tenant asks for: it marks list requests, which carry no other identity.</summary>
    internal static int PageSizeOf(string tenant) => tenant == "a" ? 47 : 53;

    internal static string ProjectOf(string tenant) => "proj_" + tenant;

    /// <summary>Gets or sets a callback told every 10,000 operations (console mode prints progress with it).</summary>
    public Action<long, TimeSpan>? Progress { get; set; }

    public async Task<ChaosReport> RunAsync()
    {
        var injector = new RandomFaultInjector(settings.Seed, settings.FaultRate) { KeepLog = false };
        injector.OnDecision = OnRequest;
        settled = new long[(settings.Operations / 64) + 1];
        var variance = new FakeServerVariance();
        if (settings.ServerVariance)
        {
            // Keyed sends stay "in flight" a little, so attempt timeouts and vendor-style 409s meet as they do in production.
            variance = FakeServerVariance.RealWorld();
            variance.Seed = settings.Seed;
            variance.KeyedSendProcessingTime = TimeSpan.FromMilliseconds(400);
        }

        var options = new InstasentFakeServerOptions { RecordRequests = false, FaultInjector = injector, Variance = variance, StoreObserver = new StoreObserver(this) };
        options.Retention.MaxRecordsPerStore = settings.Retention;
        await using var server = await InstasentFakeServer.StartAsync(options);
        server.LynSms.Balance = 1_000_000_000m;
        server.Hellio.Balance = 1_000_000_000m;
        // One recipient every bulk of 14 or more messages carries (index 13) that the SDK accepts and the server refuses:
        // with variance on, that refusal comes back without its position in a reordered answer, as a real server may.
        server.Sms.BlockedRecipients.Add("+34610000013");
        await using var receiver = await WebhookReceiver.StartAsync();

        var services = new ServiceCollection();
        var host = settings.HostVariance ? HostVariance.Aspire : HostVariance.None;
        host.Apply(services, s => AddTenants(s, server));

        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IInstasentClientFactory>();
        var clients = Tenants.ToDictionary(t => t, factory.CreateClient);

        long unobserved = 0;
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, e) =>
        {
            Interlocked.Increment(ref unobserved);
            e.SetObserved();
        };
        TaskScheduler.UnobservedTaskException += onUnobserved;

        var clock = Stopwatch.StartNew();
        var next = -1L;
        var warmUp = Math.Max(1, settings.Operations / 10);
        var half = Math.Max(2, settings.Operations / 2);
        var workers = Enumerable.Range(0, settings.Concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(settings.Seed + worker + 1);
            long index;
            while ((index = Interlocked.Increment(ref next)) < settings.Operations)
            {
                if (index == warmUp)
                {
                    report.ManagedBytesAfterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
                    report.SampleSoak("10 %");
                }
                if (index > 0 && index % 10_000 == 0)
                {
                    Progress?.Invoke(index, clock.Elapsed);
                }

                if (index == half)
                {
                    report.ManagedBytesAtHalf = GC.GetTotalMemory(forceFullCollection: true);
                    report.SampleSoak("50 %");
                }

                var tenant = Tenants[random.Next(2)];
                var ledger = Open(index);
                await RunOperationAsync(clients[tenant], tenant, index, ledger, random, server, receiver).ConfigureAwait(false);
                Close(ledger);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        report.Duration = clock.Elapsed;
        // Sampled after a full collection, like the 10 % and 50 % samples, so the three compare like with like.
        GC.GetTotalMemory(forceFullCollection: true);
        report.SampleSoak("100 %");

        // Attempts the SDK gave up on must not stay open on the server.
        for (var wait = 0; wait < 50 && server.ActiveHangs > 0; wait++)
        {
            await Task.Delay(100);
        }

        report.RequestsLeftHanging = server.ActiveHangs;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        report.ManagedBytesAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        TaskScheduler.UnobservedTaskException -= onUnobserved;
        report.UnobservedTaskExceptions = Interlocked.Read(ref unobserved);

        report.RequestsReceived = server.RequestCount;
        report.HostHandlerRequests = host.Requests.Count;
        report.IdempotentReplays = server.Hellio.ReplayCount;
        report.FaultsInjected = injector.Counts.Where(c => c.Key != FaultKind.None).ToDictionary(c => c.Key, c => c.Value);
        report.VarianceEvents = new Dictionary<string, long>(server.VarianceEvents)
        {
            // The run delivers concurrent webhook copies itself (to count each vendor attempt), not through the fake's switch.
            ["webhook copies delivered concurrently (by the run)"] = Interlocked.Read(ref report.ConcurrentWebhookCopies),
        };
        CheckAtEnd(receiver);
        report.PeakOpenOperations = Interlocked.Read(ref peakOpenLedgers);
        return report;
    }

    /// <summary>Registers one named client per tenant, each with its own tokens, all pointed at the fake.</summary>
    private static void AddTenants(IServiceCollection services, InstasentFakeServer server)
    {
        foreach (var tenant in Tenants)
        {
            services.AddInstasentClient(tenant, o =>
            {
                var fake = server.CreateClientOptions(TokenOf(tenant));
                o.AllowInsecureHttp = true;
                o.Legacy = fake.Legacy;
                o.Transactional = fake.Transactional;
                o.Product = fake.Product;
                o.Product.ProjectId = ProjectOf(tenant);
                o.Ingest = fake.Ingest;
                o.Ingest.Token = TokenOf(tenant);
                o.Ingest.ProjectId = ProjectOf(tenant);
                o.LynSms = fake.LynSms;
                o.LynSms.Token = TokenOf(tenant, lynSms: true);
                o.Hellio = fake.Hellio;
                o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
                o.TotalTimeout = TimeSpan.FromSeconds(5);
                o.Retry.MaxRetries = 4;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
                o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(1.5);
                o.BulkConcurrency = 2;
            });
        }
    }

    private void Count(string name) => report.Operations.AddOrUpdate(name, 1, static (_, n) => n + 1);
}
