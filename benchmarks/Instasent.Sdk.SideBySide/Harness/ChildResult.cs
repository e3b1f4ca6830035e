using Instasent.Sdk.SideBySide.Wire;

namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>One side's figures from one child process (one round of one scenario), plus what the harness saw around it.</summary>
internal sealed class ChildResult
{
    public string Side { get; set; } = string.Empty;

    public string Scenario { get; set; } = string.Empty;

    public int Round { get; set; }

    /// <summary>Operations or items measured (all samples together).</summary>
    public long Items { get; set; }

    /// <summary>Median over the samples of this process: nanoseconds per item.</summary>
    public double NanosecondsPerItem { get; set; }

    /// <summary>Median over the samples of this process: items per second.</summary>
    public double ItemsPerSecond { get; set; }

    /// <summary><c>GC.GetTotalAllocatedBytes(true)</c> delta over the measured part, every thread.</summary>
    public long AllocatedBytes { get; set; }

    public double AllocatedBytesPerItem { get; set; }

    /// <summary><c>Process.PeakWorkingSet64</c> of the child at the end of its run (warm-up included).</summary>
    public long PeakWorkingSetBytes { get; set; }

    public double GcPauseMilliseconds { get; set; }

    public int Gen0Collections { get; set; }

    public int Gen1Collections { get; set; }

    public int Gen2Collections { get; set; }

    /// <summary>Cold start: methods JIT-compiled and assemblies loaded when the first answer was read.</summary>
    public long JitCompiledMethods { get; set; }

    public int LoadedAssemblies { get; set; }

    /// <summary>Cold start: from the first line of <c>Main</c> to the first answer read.</summary>
    public double MainToFirstResponseMilliseconds { get; set; }

    /// <summary>Cold start: from the OS process start to the first answer read (runtime start-up included).</summary>
    public double ProcessStartToFirstResponseMilliseconds { get; set; }

    /// <summary>What the side says it got back: accepted items, contacts read, calls answered.</summary>
    public long Confirmed { get; set; }

    /// <summary>Requests sent, as the loopback server or the in-memory transport recorded them.</summary>
    public DigestSnapshot? Digest { get; set; }

    /// <summary>1-minute load average (<c>/proc/loadavg</c>) just before and just after the child ran.</summary>
    public double LoadBefore { get; set; }

    public double LoadAfter { get; set; }

    /// <summary>Wall time of the child process, launch to exit, as the harness saw it.</summary>
    public double ProcessWallMilliseconds { get; set; }

    public string? Error { get; set; }
}
