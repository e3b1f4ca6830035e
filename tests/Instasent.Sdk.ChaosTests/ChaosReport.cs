using System.Collections.Concurrent;
using System.Text;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.ChaosTests;

/// <summary>The figures of one chaos run.</summary>
public sealed class ChaosReport
{
    public required ChaosSettings Settings { get; init; }

    public long OperationsAttempted;
    public long OperationsSucceeded;
    public long RequestsReceived;
    public long Retries;
    public long BulkItems;
    public long WebhookDeliveries;

    /// <summary>Webhook events whose copies the run delivered all at once (the vendor retrying while the first is handled).</summary>
    public long ConcurrentWebhookCopies;
    public long WebhookEvents;
    public long TenantCheckedRequests;

    public ConcurrentDictionary<string, long> Operations { get; } = new();

    public ConcurrentDictionary<string, long> BatchItems { get; } = new();

    public ConcurrentDictionary<string, long> FailuresByType { get; } = new();

    /// <summary>Per endpoint: requests the server received, faults injected into them, requests whose tenant was checked.</summary>
    public ConcurrentDictionary<string, (long Requests, long Faults, long TenantChecked)> Endpoints { get; } = new();

    public IReadOnlyDictionary<FaultKind, long> FaultsInjected { get; set; } = new Dictionary<FaultKind, long>();

    /// <summary>How often each server-variance behaviour actually happened (empty with server variance off).</summary>
    public IReadOnlyDictionary<string, long> VarianceEvents { get; set; } = new Dictionary<string, long>();

    public ConcurrentQueue<string> Violations { get; } = new();

    public TimeSpan Duration { get; set; }

    public long ManagedBytesAfterWarmUp { get; set; }

    public long ManagedBytesAtHalf { get; set; }

    public long ManagedBytesAtEnd { get; set; }

    /// <summary>Soak samples at 10 %, 50 % and 100 % of the operations: process working set and thread count.</summary>
    public ConcurrentQueue<(string At, long WorkingSetBytes, int Threads)> Soak { get; } = new();

    public void SampleSoak(string at)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        Soak.Enqueue((at, process.WorkingSet64, process.Threads.Count));
    }

    public long UnobservedTaskExceptions { get; set; }

    public long RequestsLeftHanging { get; set; }

    public long IdempotentReplays { get; set; }

    /// <summary>Requests the host's own (Aspire-style) handler saw; 0 without host variance.</summary>
    public long HostHandlerRequests { get; set; }

    /// <summary>The most operations whose ledger was open at once (running, or ended less than the settle time ago).</summary>
    public long PeakOpenOperations { get; set; }

    public long WebhookHandlerRuns { get; set; }

    public long WebhookHandlerFailures { get; set; }

    public void Violation(string text)
    {
        if (Violations.Count < 1000)
        {
            Violations.Enqueue(text);
        }
    }

    public string ToMarkdown()
    {
        static string MiB(long bytes) => $"{bytes / 1048576.0:0.0} MiB";
        var text = new StringBuilder();
        text.AppendLine("| setting | value |\n|---|---|");
        text.AppendLine($"| seed | {Settings.Seed} |");
        text.AppendLine($"| operations | {Settings.Operations} |");
        text.AppendLine($"| concurrent callers | {Settings.Concurrency} (two tenants) |");
        text.AppendLine($"| fault rate | {Settings.FaultRate:P0} of requests |");
        text.AppendLine($"| server variance | {(Settings.ServerVariance ? "on: headers on errors, page cap 10, reordered bulk answers, unpositioned bulk errors, keyed sends in flight 400 ms; the run itself delivers webhook copies concurrently" : "off")} |");
        text.AppendLine($"| host variance | {(Settings.HostVariance ? "on: Aspire-style HttpClient defaults (standard resilience handler, service discovery, a logging handler)" : "off")} |");
        text.AppendLine();
        text.AppendLine("| figure | value |\n|---|---|");
        text.AppendLine($"| duration | {Duration.TotalSeconds:0.0} s |");
        text.AppendLine($"| operations attempted | {OperationsAttempted} |");
        text.AppendLine($"| operations succeeded | {OperationsSucceeded} |");
        text.AppendLine($"| bulk/batch items | {BulkItems} |");
        text.AppendLine($"| HTTP requests received by the fake | {RequestsReceived} |");
        text.AppendLine($"| faults injected | {FaultsInjected.Values.Sum()} |");
        text.AppendLine($"| retries (attempts beyond the first) | {Retries} |");
        text.AppendLine($"| Hellio idempotent replays served | {IdempotentReplays} |");
        text.AppendLine($"| requests seen by the host's handler | {HostHandlerRequests} |");
        text.AppendLine($"| requests whose tenant was checked against the token | {TenantCheckedRequests} |");
        text.AppendLine($"| webhook events / deliveries / handler runs / handler failures | {WebhookEvents} / {WebhookDeliveries} / {WebhookHandlerRuns} / {WebhookHandlerFailures} |");
        text.AppendLine($"| failures surfaced to callers (all typed) | {FailuresByType.Where(f => !f.Key.StartsWith('(')).Sum(f => f.Value)} |");
        text.AppendLine($"| operations checked / most open at once | {OperationsAttempted} / {PeakOpenOperations} |");
        text.AppendLine($"| fake's retention (records per store) | {(Settings.Retention == 0 ? "everything" : Settings.Retention)} |");
        text.AppendLine($"| unobserved task exceptions | {UnobservedTaskExceptions} |");
        text.AppendLine($"| requests left hanging on the server | {RequestsLeftHanging} |");
        text.AppendLine($"| managed heap after warm-up / at half / at end | {MiB(ManagedBytesAfterWarmUp)} / {MiB(ManagedBytesAtHalf)} / {MiB(ManagedBytesAtEnd)} |");
        text.AppendLine($"| working set / threads at {string.Join(", ", Soak.Select(s => s.At))} | {string.Join(", ", Soak.Select(s => $"{MiB(s.WorkingSetBytes)} / {s.Threads}"))} |");
        text.AppendLine($"| **invariant violations** | **{Violations.Count}** |");
        text.AppendLine();
        text.AppendLine("| operation | count |\n|---|---|");
        foreach (var (name, count) in Operations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| {name} | {count} |");
        }

        text.AppendLine();
        text.AppendLine("| batch item outcome | count |\n|---|---|");
        foreach (var (name, count) in BatchItems.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| {name} | {count} |");
        }

        text.AppendLine();
        text.AppendLine("| endpoint | requests | faults injected | tenant checked |\n|---|---|---|---|");
        foreach (var (endpoint, (requests, faults, tenantChecked)) in Endpoints.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| `{endpoint}` | {requests} | {faults} | {tenantChecked} |");
        }

        text.AppendLine();
        text.AppendLine("| fault injected | count |\n|---|---|");
        foreach (var (kind, count) in FaultsInjected.OrderBy(f => f.Key))
        {
            text.AppendLine($"| {kind} | {count} |");
        }

        text.AppendLine();
        text.AppendLine("| server variance event | count |\n|---|---|");
        foreach (var (kind, count) in VarianceEvents)
        {
            text.AppendLine($"| {kind} | {count} |");
        }

        text.AppendLine();
        text.AppendLine("| failure surfaced to callers | count |\n|---|---|");
        foreach (var (type, count) in FailuresByType.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| {type} | {count} |");
        }

        foreach (var violation in Violations.Take(20))
        {
            text.AppendLine($"- VIOLATION: {violation}");
        }

        return text.ToString();
    }
}
