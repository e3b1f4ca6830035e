using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// One chaos run: two tenants hammer the loopback fake through the real SDK while a seeded injector breaks requests;
/// afterwards the invariants are checked against what the server itself recorded.
/// </summary>
public sealed class ChaosRun
{
    private static readonly FaultKind[] NoWorkDone = [FaultKind.RateLimitedRetryAfter, FaultKind.RateLimitedReset, FaultKind.RateLimitedBare];

    private readonly ChaosSettings settings;
    private readonly ChaosReport report;
    private readonly ConcurrentQueue<Decision> decisions = new();
    private readonly ConcurrentDictionary<string, string> sentIds = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string ClientId, BatchItemStatus Status, string? Id, bool RejectedBeforeSending)> bulkOutcomes = [];

    public ChaosRun(ChaosSettings settings)
    {
        this.settings = settings;
        report = new ChaosReport { Settings = settings };
    }

    private readonly record struct Decision(string Method, string Path, string? Token, string? Identity, FaultKind Kind);

    public async Task<ChaosReport> RunAsync()
    {
        var injector = new RandomFaultInjector(settings.Seed, settings.FaultRate) { KeepLog = false };
        injector.OnDecision = (request, kind) => decisions.Enqueue(new Decision(request.Method, request.Path, request.BearerToken, Identity(request), kind));
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RecordRequests = false, FaultInjector = injector });

        var services = new ServiceCollection();
        foreach (var tenant in new[] { "a", "b" })
        {
            services.AddInstasentClient(tenant, o =>
            {
                var fake = server.CreateClientOptions("token-" + tenant);
                o.AllowInsecureHttp = true;
                o.Legacy = fake.Legacy;
                o.Transactional = fake.Transactional;
                o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
                o.TotalTimeout = TimeSpan.FromSeconds(5);
                o.Retry.MaxRetries = 4;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
                o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(1.5);
                o.BulkConcurrency = 2;
            });
        }

        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IInstasentClientFactory>();
        var clients = new Dictionary<string, IInstasentClient> { ["a"] = factory.CreateClient("a"), ["b"] = factory.CreateClient("b") };

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
        var workers = Enumerable.Range(0, settings.Concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(settings.Seed + worker + 1);
            long index;
            while ((index = Interlocked.Increment(ref next)) < settings.Operations)
            {
                if (index == warmUp)
                {
                    report.ManagedBytesAfterWarmUp = GC.GetTotalMemory(forceFullCollection: true);
                }

                var tenant = random.Next(2) == 0 ? "a" : "b";
                await RunOperationAsync(clients[tenant], tenant, index, random).ConfigureAwait(false);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        report.Duration = clock.Elapsed;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        report.ManagedBytesAtEnd = GC.GetTotalMemory(forceFullCollection: true);
        TaskScheduler.UnobservedTaskException -= onUnobserved;
        report.UnobservedTaskExceptions = Interlocked.Read(ref unobserved);
        if (report.UnobservedTaskExceptions > 0)
        {
            report.Violation($"{report.UnobservedTaskExceptions} unobserved task exception(s)");
        }

        report.RequestsReceived = server.RequestCount;
        report.FaultsInjected = injector.Counts.Where(c => c.Key != FaultKind.None).ToDictionary(c => c.Key, c => c.Value);
        CheckInvariants(server);
        return report;
    }

    private async Task RunOperationAsync(IInstasentClient client, string tenant, long index, Random random)
    {
        Interlocked.Increment(ref report.OperationsAttempted);
        var roll = random.Next(100);
        var name = roll switch { < 45 => "Transactional.SendSms", < 60 => "Transactional.SendBulkSms", < 75 => "Legacy.SendSms", < 90 => "Transactional.GetAccount", _ => "Transactional.ListSms" };
        report.Operations.AddOrUpdate(name, 1, static (_, n) => n + 1);
        try
        {
            switch (name)
            {
                case "Transactional.SendSms":
                case "Legacy.SendSms":
                {
                    var clientId = $"{tenant}-s{index}";
                    IInstasentSmsClient sms = name.StartsWith("Legacy", StringComparison.Ordinal) ? client.Legacy : client.Transactional;
                    var response = await sms.SendSmsAsync(new SmsMessage("Chaos", $"+3460{index % 10_000_000:D7}", "chaos " + index) { ClientId = clientId }).ConfigureAwait(false);
                    sentIds[clientId] = response.Value.Id;
                    Interlocked.Add(ref report.Retries, response.Attempts.Count - 1);
                    break;
                }

                case "Transactional.SendBulkSms":
                {
                    var count = random.Next(1, 260);
                    Interlocked.Add(ref report.BulkItems, count);
                    var messages = Enumerable.Range(0, count)
                        .Select(i => new SmsMessage("Chaos", random.Next(25) == 0 ? "not-a-number" : $"+3461{i:D7}", "bulk") { ClientId = $"{tenant}-b{index}-{i}" })
                        .ToList();
                    var result = await client.Transactional.SendBulkSmsAsync(messages).ConfigureAwait(false);
                    CheckBulkShape(messages, result);
                    foreach (var item in result.Items)
                    {
                        bulkOutcomes.Add((messages[item.Index].ClientId!, item.Status, item.Result?.Id, item.RejectedBeforeSending));
                        if (item.Exception is { } batchFailure)
                        {
                            report.FailuresByType.AddOrUpdate("(bulk item) " + batchFailure.GetType().Name, 1, static (_, n) => n + 1);
                        }
                    }

                    break;
                }

                case "Transactional.GetAccount":
                    var account = await client.Transactional.GetAccountAsync().ConfigureAwait(false);
                    Interlocked.Add(ref report.Retries, account.Attempts.Count - 1);
                    break;
                default:
                    await foreach (var _ in client.Transactional.ListSmsAsync(pageSize: 50).Take(60).ConfigureAwait(false))
                    {
                    }

                    break;
            }

            Interlocked.Increment(ref report.OperationsSucceeded);
        }
        catch (InstasentException ex)
        {
            report.FailuresByType.AddOrUpdate(ex.GetType().Name, 1, static (_, n) => n + 1);
            Interlocked.Add(ref report.Retries, Math.Max(0, ex.Attempts.Count - 1));
        }
        catch (Exception ex)
        {
            report.FailuresByType.AddOrUpdate("UNTYPED " + ex.GetType().Name, 1, static (_, n) => n + 1);
            report.Violation($"{name} threw an untyped {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void CheckBulkShape(List<SmsMessage> input, BatchResult<Sms.Sms> result)
    {
        if (result.Items.Count != input.Count || result.Items.Select((item, i) => item.Index == i).Any(ok => !ok))
        {
            report.Violation($"bulk of {input.Count} returned {result.Items.Count} outcomes or indexes out of order");
        }
    }

    private void CheckInvariants(InstasentFakeServer server)
    {
        // 1. A non-idempotent POST is sent again only if every earlier attempt got a 429 (the server did no work).
        foreach (var group in decisions.Where(d => d.Method == "POST" && d.Identity is not null).GroupBy(d => d.Path + "|" + d.Identity))
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

        // 2. No tenant's token on another tenant's request.
        foreach (var decision in decisions.Where(d => d.Identity is not null))
        {
            if (decision.Token != "token-" + decision.Identity![0])
            {
                report.Violation($"{decision.Identity} was sent with another tenant's token");
            }
        }

        // 3. Nothing stored twice; every reported success is really stored, with the id the caller got.
        var stored = server.Sms.Messages.Where(m => m.ClientId is not null).GroupBy(m => m.ClientId!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var (clientId, messages) in stored.Where(s => s.Value.Count > 1))
        {
            report.Violation($"{clientId} was stored {messages.Count} times");
        }

        foreach (var (clientId, id) in sentIds)
        {
            if (!stored.TryGetValue(clientId, out var messages) || messages[0].Id != id)
            {
                report.Violation($"{clientId} was reported sent as {id} but the server has no such message");
            }
        }

        // 4. Every bulk item is accounted for: accepted ones exist, rejected-before-sending ones were never sent.
        foreach (var (clientId, status, id, rejectedBeforeSending) in bulkOutcomes)
        {
            if (status == BatchItemStatus.Accepted && (!stored.TryGetValue(clientId, out var messages) || messages[0].Id != id))
            {
                report.Violation($"bulk item {clientId} reported accepted as {id} but not stored");
            }

            if (rejectedBeforeSending && stored.ContainsKey(clientId))
            {
                report.Violation($"bulk item {clientId} was rejected before sending yet reached the server");
            }
        }
    }

    private static string? Identity(RecordedRequest request)
    {
        if (request.Body.Length == 0 || request.Method != "POST")
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(request.Body);
            var root = document.RootElement;
            var first = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 ? root[0] : root;
            return first.ValueKind == JsonValueKind.Object && first.TryGetProperty("clientId", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
