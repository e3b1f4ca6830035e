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

    public ConcurrentDictionary<string, long> Operations { get; } = new();

    public ConcurrentDictionary<string, long> FailuresByType { get; } = new();

    public IReadOnlyDictionary<FaultKind, long> FaultsInjected { get; set; } = new Dictionary<FaultKind, long>();

    public ConcurrentQueue<string> Violations { get; } = new();

    public TimeSpan Duration { get; set; }

    public long ManagedBytesAfterWarmUp { get; set; }

    public long ManagedBytesAtEnd { get; set; }

    public long UnobservedTaskExceptions { get; set; }

    public void Violation(string text)
    {
        if (Violations.Count < 1000)
        {
            Violations.Enqueue(text);
        }
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"| setting | value |\n|---|---|");
        text.AppendLine($"| seed | {Settings.Seed} |");
        text.AppendLine($"| operations | {Settings.Operations} |");
        text.AppendLine($"| concurrent callers | {Settings.Concurrency} |");
        text.AppendLine($"| fault rate | {Settings.FaultRate:P0} of requests |");
        text.AppendLine();
        text.AppendLine("| figure | value |\n|---|---|");
        text.AppendLine($"| duration | {Duration.TotalSeconds:0.0} s |");
        text.AppendLine($"| operations attempted | {OperationsAttempted} |");
        text.AppendLine($"| operations succeeded | {OperationsSucceeded} |");
        text.AppendLine($"| bulk/batch items | {BulkItems} |");
        text.AppendLine($"| HTTP requests received by the server | {RequestsReceived} |");
        text.AppendLine($"| retries (attempts beyond the first) | {Retries} |");
        text.AppendLine($"| failures surfaced (all typed) | {FailuresByType.Values.Sum()} |");
        text.AppendLine($"| unobserved task exceptions | {UnobservedTaskExceptions} |");
        text.AppendLine($"| managed heap after warm-up / at end | {ManagedBytesAfterWarmUp / 1048576.0:0.0} MiB / {ManagedBytesAtEnd / 1048576.0:0.0} MiB |");
        text.AppendLine($"| **invariant violations** | **{Violations.Count}** |");
        text.AppendLine();
        text.AppendLine("| operation | count |\n|---|---|");
        foreach (var (name, count) in Operations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"| {name} | {count} |");
        }

        text.AppendLine();
        text.AppendLine("| fault injected | count |\n|---|---|");
        foreach (var (kind, count) in FaultsInjected.OrderBy(f => f.Key))
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
