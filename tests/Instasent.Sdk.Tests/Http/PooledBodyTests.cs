using System.Net;
using System.Text;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Http;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// Bulk batches read their answers into pooled buffers that go back to the pool once parsed: no answer may leak into
/// another batch's outcomes, however many batches run at once, and a body handed out with a response is never pooled.
/// </summary>
public sealed class PooledBodyTests : FakeServerFixture
{
    [Test]
    public async Task Concurrent_bulk_calls_each_get_their_own_answers()
    {
        // Reordered answers and Aspire's handlers (which may dispose and re-send responses) around the pooled bodies.
        Server.Options.Variance = FakeServerVariance.RealWorld();
        var client = CreateClient(
            o =>
            {
                o.BulkConcurrency = 4;
                o.Transactional.AssignClientIds = true;
            },
            HostVariance.Aspire);
        List<SmsRequest> Messages(string run) => [.. Enumerable.Range(0, 800).Select(i => new SmsRequest("Acme", $"+346{i:D8}", $"{run}-{i}"))];

        var results = await Task.WhenAll(
            client.Transactional.SendBulkSmsAsync(Messages("a")),
            client.Transactional.SendBulkSmsAsync(Messages("b")),
            client.Transactional.SendBulkSmsAsync(Messages("c")));

        foreach (var (result, run) in results.Zip(new[] { "a", "b", "c" }))
        {
            Assert.That(result.AllAccepted, Is.True);
            Assert.That(result.Items.All(o => o.Result!.Text == $"{run}-{o.Index}" && o.Result.ClientId == o.ClientReference), Is.True, "every outcome carries its own message's answer");
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_pooled_body_reads_the_same_bytes_and_survives_a_second_dispose(bool knownLength)
    {
        var json = Encoding.UTF8.GetBytes("{\"entities\":[" + string.Join(",", Enumerable.Range(0, 300).Select(i => $"{{\"id\":\"{i}\"}}")) + "]}");
        HttpContent content = knownLength ? new ByteArrayContent(json) : new StreamContent(new ChunkedStream(json));
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        Assert.That(content.Headers.ContentLength.HasValue, Is.EqualTo(knownLength));

        await BufferedBodyContent.BufferAsync(response, 1 << 20, pooled: true, CancellationToken.None);

        var buffered = (BufferedBodyContent)response.Content;
        Assert.That(buffered.Body.ToArray(), Is.EqualTo(json));
        Assert.That(await buffered.ReadAsByteArrayAsync(), Is.EqualTo(json));
        buffered.Dispose();
        Assert.DoesNotThrow(buffered.Dispose);
    }

    [Test]
    public async Task A_single_call_keeps_its_raw_body()
    {
        var client = CreateClient();

        var first = await client.Transactional.SendSmsAsync("Acme", "+34600000001", "one");
        await client.Transactional.SendBulkSmsAsync([.. Enumerable.Range(0, 300).Select(i => new SmsRequest("Acme", $"+346{i:D8}", "other " + i))]);

        Assert.That(first.GetRawText(), Does.Contain("\"one\""), "a response handed to the caller owns its body");
    }

    // A stream without a length, handing out its bytes a few at a time, as a chunked body arrives.
    private sealed class ChunkedStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 700)], cancellationToken);
    }
}
