using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Instasent.Sdk.Benchmarks.Baseline;
using Instasent.Sdk.Benchmarks.Support;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// Time from <c>new InstasentClient(options)</c> to the first completed SendSms over loopback, against the baseline's
/// <c>new HttpClient</c> to its first call. Cold start: no warm-up, one call per iteration, several processes; the
/// first iteration of each process includes JIT, later ones only the client and connection set-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 5, id: "ColdStart")]
public class ColdStartBenchmarks
{
    private static readonly SmsRequest Message = new("Acme", "+34600111222", "Your code is 123456");
    private InstasentFakeServer server = null!;

    [GlobalSetup]
    public async Task SetupAsync() => server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { RecordRequests = false });

    [GlobalCleanup]
    public async Task CleanupAsync() => await server.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<string> Baseline()
    {
        using var handler = BenchTarget.LoopbackHandler();
        var client = new BaselineSmsClient(handler, server.TransactionalBaseAddress, BenchTarget.Token);
        return (await client.SendSmsAsync(new BaselineSmsMessage(Message.From, Message.To, Message.Text))).Id;
    }

    [Benchmark]
    public async Task<string> Sdk()
    {
        using var client = new InstasentClient(server.CreateClientOptions(BenchTarget.Token));
        return (await client.Transactional.SendSmsAsync(Message)).Value.Id;
    }
}
