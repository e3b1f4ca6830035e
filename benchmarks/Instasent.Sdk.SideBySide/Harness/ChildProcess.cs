using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>Starts this same program again with other arguments (the server, or one side of one round).</summary>
internal static class ChildProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Run through `dotnet app.dll` rather than the apphost: pass the assembly along.
        if (Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    /// <summary>Runs a child to completion; on timeout kills it (that one process, by its id) and reports the failure.</summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Wall)> RunAsync(IEnumerable<string> args, TimeSpan timeout)
    {
        var output = new StringBuilder();
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(StartInfo(args)) ?? throw new InvalidOperationException("Could not start a child process.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            Append(output, $"killed after {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            return (-1, output.ToString(), Stopwatch.GetElapsedTime(started));
        }

        var wall = Stopwatch.GetElapsedTime(started);
        await process.WaitForExitAsync(); // flushes the redirected streams
        return (process.ExitCode, output.ToString(), wall);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>The 1-minute load average, as <c>uptime</c> shows it (NaN where /proc/loadavg does not exist).</summary>
    public static double LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.AsSpan(0, text.IndexOf(' ')), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
        catch (UnauthorizedAccessException)
        {
            return double.NaN;
        }
    }
}
