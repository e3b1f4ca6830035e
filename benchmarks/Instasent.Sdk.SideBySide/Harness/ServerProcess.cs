using System.Diagnostics;
using System.Net.Http.Json;
using Instasent.Sdk.SideBySide.Wire;

namespace Instasent.Sdk.SideBySide.Harness;

/// <summary>The loopback server child (<c>--server</c>): started once per run, stopped by closing its stdin.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly HttpClient control;

    private ServerProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        control = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + port), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public static async Task<ServerProcess> StartAsync()
    {
        var info = ChildProcess.StartInfo(["--server"]);
        info.RedirectStandardInput = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server process.");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cts.Token)
                ?? throw new InvalidOperationException("The server exited before it listened: " + await process.StandardError.ReadToEndAsync(cts.Token));
            if (line.StartsWith("PORT ", StringComparison.Ordinal))
            {
                return new ServerProcess(process, int.Parse(line.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>What the server recorded since the last call (and a fresh start for the next child).</summary>
    public async Task<DigestSnapshot> TakeDigestAsync() =>
        await control.GetFromJsonAsync(BenchApi.ControlDigestPath, HarnessJson.Default.DigestSnapshot)
        ?? throw new InvalidOperationException("The server gave no digest.");

    public async ValueTask DisposeAsync()
    {
        control.Dispose();
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
        }

        process.Dispose();
    }
}
