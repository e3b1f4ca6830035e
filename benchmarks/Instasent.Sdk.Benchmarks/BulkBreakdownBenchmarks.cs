using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Instasent.Sdk.Benchmarks.Baseline;
using Instasent.Sdk.Benchmarks.Support;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Sms;
using Microsoft.Extensions.DependencyInjection;

namespace Instasent.Sdk.Benchmarks;

/// <summary>
/// Where the client-side time of a bulk send goes, with no sockets and no server: 10,000 SMS through the SDK and the
/// baseline over an in-memory handler answering every batch with a canned 100-entity response, plus the SDK's per-message
/// pieces alone (validation, batch serialization, response parsing, outcome mapping). Times are per message.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class BulkBreakdownBenchmarks
{
    private const int MessageCount = BulkThroughputBenchmarks.MessageCount;
    private const int BatchSize = 100;
    private static readonly Uri Base = new("https://transactional.bench.invalid/transactional/v1/");
    private ServiceProvider provider = null!;
    private IInstasentClient sdk = null!;
    private BaselineSmsClient baseline = null!;
    private List<SmsRequest> messages = null!;
    private List<BaselineSmsMessage> baselineMessages = null!;
    private List<IReadOnlyList<SmsRequest>> batches = null!;
    private BulkSmsResponse parsed = null!;
    private int concurrency;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
            {
                o.Transactional.BaseAddress = Base;
                o.Transactional.Token = BenchTarget.Token;
                o.Legacy.Token = BenchTarget.Token;
            })
            .ConfigurePrimaryHttpMessageHandler(_ => new CannedBulkHandler());
        provider = services.BuildServiceProvider();
        sdk = provider.GetRequiredService<IInstasentClient>();
        baseline = new BaselineSmsClient(new CannedBulkHandler(), Base, BenchTarget.Token, disposeHandler: true);
        concurrency = new InstasentClientOptions().BulkConcurrency;
        messages = Enumerable.Range(0, MessageCount).Select(i => new SmsRequest("Acme", $"+3460{i:D7}", $"Message number {i}")).ToList();
        baselineMessages = messages.Select(m => new BaselineSmsMessage(m.From, m.To, m.Text)).ToList();
        batches = messages.Chunk(BatchSize).Select(c => (IReadOnlyList<SmsRequest>)c).ToList();
        parsed = JsonSerializer.Deserialize(CannedBulkHandler.Body, SmsJsonContext.Default.BulkSmsResponse)!;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await provider.DisposeAsync();

    [Benchmark(Baseline = true, OperationsPerInvoke = MessageCount)]
    public Task<int> BaselineInMemory() => baseline.SendBulkAsync(baselineMessages, BatchSize, concurrency);

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public async Task<int> SdkInMemory() => (await sdk.Transactional.SendBulkSmsAsync(messages)).AcceptedCount;

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int SdkValidationOnly()
    {
        var errors = 0;
        foreach (var message in messages)
        {
            errors += SmsValidation.Validate(message).Count;
        }

        return errors;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int SdkSerializeBatches()
    {
        var bytes = 0;
        foreach (var batch in batches)
        {
            bytes += JsonSerializer.SerializeToUtf8Bytes(batch, SmsJsonContext.Default.IReadOnlyListSmsRequest).Length;
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int SdkParseResponses()
    {
        var count = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            count += JsonSerializer.Deserialize(CannedBulkHandler.Body, SmsJsonContext.Default.BulkSmsResponse)!.Entities!.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int BaselineParseResponses()
    {
        var count = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            count += JsonSerializer.Deserialize(CannedBulkHandler.Body, BaselineJsonContext.Default.BaselineBulkResponse)!.Entities!.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int SdkMapOutcomes()
    {
        var count = 0;
        foreach (var batch in batches)
        {
            count += BulkSmsOutcomeMapper.Map(batch, parsed).Count;
        }

        return count;
    }

    /// <summary>Answers every bulk request at once with the same 100 accepted entities, as the fake server would.</summary>
    private sealed class CannedBulkHandler : HttpMessageHandler
    {
        public static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"entities\":[" + string.Join(',', Enumerable.Range(0, BatchSize).Select(i =>
            $$"""{"id":"sms_{{i:D8}}","clientId":null,"from":"Acme","to":"+3460{{i:D7}}","normalizedTo":"+3460{{i:D7}}","text":"Message number {{i}}","status":"enqueued","encoding":"GSM_7BIT","charsCount":17,"messagesCount":1,"pricePerSms":0.045,"createdAt":"2026-11-23T10:00:00.0000000+00:00","country":"ES"}""")) + "],\"errors\":[]}");

        private static readonly MediaTypeHeaderValue Json = new("application/json");

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(Body);
            content.Headers.ContentType = Json;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = content, RequestMessage = request });
        }
    }
}
