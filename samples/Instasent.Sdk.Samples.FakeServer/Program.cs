// Runs the test kit's fake server as its own process, so any app (or the native AOT sample) can be pointed at it.
// Usage: dotnet run --project samples/Instasent.Sdk.Samples.FakeServer [port] [seconds-to-live]   (or PORT=... in the environment)
// It prints "listening <url>" once ready and stops after the given time (default 10 minutes) or on Ctrl+C.
using Instasent.Sdk.Testing;

// The port: the first argument, else PORT (what a .NET Aspire AppHost sets), else any free one.
var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p
    : int.TryParse(Environment.GetEnvironmentVariable("PORT"), out var fromEnvironment) ? fromEnvironment : 0;
var lifetime = TimeSpan.FromSeconds(args.Length > 1 && int.TryParse(args[1], out var s) ? s : 600);
await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { Port = port });
Console.WriteLine($"listening {server.BaseAddress}");

using var stop = new CancellationTokenSource(lifetime);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

Console.WriteLine($"stopped after {server.RequestCount} requests");
