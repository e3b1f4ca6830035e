using BenchmarkDotNet.Attributes;
using Instasent.Sdk.Benchmarks.Baseline;
using Instasent.Sdk.Benchmarks.Support;
using Instasent.Sdk.Sms;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// 10,000 SMS through <c>SendBulkSmsAsync</c> against the loopback fake at the default concurrency, against a
/// hand-written batched sender (batches of 100, same concurrency). Results are per message (OperationsPerInvoke), and
/// the Msgs/s column is their inverse. Target: SDK throughput at least 0.9x the baseline's.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BulkThroughputBenchmarks
{
    public const int MessageCount = 10_000;
    private const int BatchSize = 100;
    private BenchTarget target = null!;
    private List<SmsRequest> messages = null!;
    private List<BaselineSmsMessage> baselineMessages = null!;
    private int concurrency;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        target = await BenchTarget.LoopbackAsync();
        concurrency = new InstasentClientOptions().BulkConcurrency;
        messages = Enumerable.Range(0, MessageCount).Select(i => new SmsRequest("Acme", $"+3460{i:D7}", $"Message number {i}")).ToList();
        baselineMessages = messages.Select(m => new BaselineSmsMessage(m.From, m.To, m.Text)).ToList();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await target.DisposeAsync();

    [Benchmark(Baseline = true, OperationsPerInvoke = MessageCount)]
    public Task<int> Baseline() => target.Transactional.SendBulkAsync(baselineMessages, BatchSize, concurrency);

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public async Task<int> Sdk()
    {
        var result = await target.Sdk.Transactional.SendBulkSmsAsync(messages);
        return result.AcceptedCount;
    }
}
