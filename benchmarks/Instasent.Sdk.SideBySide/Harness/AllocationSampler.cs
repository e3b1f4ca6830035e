using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>
/// Where a child's allocations go, by type: the runtime's allocation-tick events (one about every 100 KB allocated,
/// naming the type that crossed the mark) summed per type. Enabled with <c>SIDE_BY_SIDE_ALLOCATIONS=1</c> (see
/// <c>scripts/profile-side.sh</c>); it costs time, so a measured round never runs with it.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> bytesByType = new();

    public static AllocationSampler? StartIfRequested() =>
        Environment.GetEnvironmentVariable("SIDE_BY_SIDE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick.
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames!.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        bytesByType.AddOrUpdate(type, amount, (_, total) => total + amount);
    }

    // Coarse layers by the allocated type's name; an async state machine is named after the method it runs, so the
    // box of a Polly or Refit method counts as Polly or Refit.
    private static readonly (string Layer, string[] Markers)[] Layers =
    [
        ("harness (inputs, floor's own types)", ["SideBySide"]),
        ("Polly / resilience handler", ["Polly.", "Resilience"]),
        ("Refit", ["Refit."]),
        ("SDK (Instasent.Sdk)", ["Instasent.Sdk.", "Instasent.Sdk+"]),
        ("System.Text.Json", ["System.Text.Json"]),
        ("HTTP messages and headers", ["System.Net.Http", "HeaderStoreItemInfo", "HeaderEntry", "HttpConnection", "StringWithQualityHeaderValue", "ContentLength", "LimitArrayPoolWriteStream"]),
        ("strings, arrays, collections", ["System.String", "System.Byte[]", "System.Object[]", "Entry[", "System.Collections", "Iterator"]),
    ];

    public void Print(long items)
    {
        var total = bytesByType.Values.Sum();
        Console.Error.WriteLine("by layer (B per item):");
        foreach (var group in bytesByType.GroupBy(p => Layers.FirstOrDefault(l => l.Markers.Any(m => p.Key.Contains(m, StringComparison.Ordinal))).Layer ?? "other").OrderByDescending(g => g.Sum(p => p.Value)))
        {
            Console.Error.WriteLine($"  {group.Sum(p => p.Value) / (double)Math.Max(1, items),7:0}  {group.Key}");
        }

        Console.Error.WriteLine($"allocation ticks: {total / 1024.0 / 1024.0:0.0} MB sampled, {total / (double)Math.Max(1, items):0} B per item; by type:");
        foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(30))
        {
            Console.Error.WriteLine($"  {bytes * 100.0 / total,5:0.0}%  {bytes / (double)Math.Max(1, items),7:0} B/item  {type}");
        }
    }
}
