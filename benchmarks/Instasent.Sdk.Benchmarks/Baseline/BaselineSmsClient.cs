using System.Net.Http.Headers;
using System.Text.Json;

namespace Instasent.Sdk.Benchmarks.Baseline;

/// <summary>
/// The hand-written baseline: HttpClient + System.Text.Json (source-generated), no Refit, no Polly, no retries. It does
/// the same wire work as the SDK: same method, path, headers (Authorization, Accept, User-Agent, Content-Type), same
/// JSON body, and reads the response into a typed object, throwing on an error status.
/// </summary>
public sealed class BaselineSmsClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient http;

    public BaselineSmsClient(HttpMessageHandler handler, Uri baseAddress, string token, bool disposeHandler = false)
    {
        // The base address needs a trailing slash so relative paths append to it.
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        http = new HttpClient(handler, disposeHandler) { BaseAddress = root, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Baseline", "1.0"));
    }

    public async Task<BaselineSms> SendSmsAsync(BaselineSmsMessage message, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(message, BaselineJsonContext.Default.BaselineSmsMessage));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync("sms", content, cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(response, BaselineJsonContext.Default.BaselineEntityBaselineSms, cancellationToken).ConfigureAwait(false)).Entity;
    }

    public async Task<BaselineSms> GetSmsAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync("sms/" + Uri.EscapeDataString(id), cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(response, BaselineJsonContext.Default.BaselineEntityBaselineSms, cancellationToken).ConfigureAwait(false)).Entity;
    }

    public async Task<BaselineBulkResponse> SendBulkBatchAsync(IReadOnlyList<BaselineSmsMessage> batch, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(batch, BaselineJsonContext.Default.IReadOnlyListBaselineSmsMessage));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync("sms/bulk", content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, BaselineJsonContext.Default.BaselineBulkResponse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hand-written bulk: batches of 100, at most <paramref name="concurrency"/> in flight, like the SDK's default.</summary>
    public async Task<int> SendBulkAsync(IReadOnlyList<BaselineSmsMessage> messages, int batchSize, int concurrency, CancellationToken cancellationToken = default)
    {
        using var gate = new SemaphoreSlim(concurrency, concurrency);
        var tasks = new List<Task<BaselineBulkResponse>>();
        for (var start = 0; start < messages.Count; start += batchSize)
        {
            var batch = new List<BaselineSmsMessage>(batchSize);
            for (var i = start; i < Math.Min(start + batchSize, messages.Count); i++)
            {
                batch.Add(messages[i]);
            }

            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            tasks.Add(SendReleasingAsync(batch));
        }

        var accepted = 0;
        foreach (var response in await Task.WhenAll(tasks).ConfigureAwait(false))
        {
            accepted += response.Entities?.Count ?? 0;
        }

        return accepted;

        async Task<BaselineBulkResponse> SendReleasingAsync(List<BaselineSmsMessage> batch)
        {
            try
            {
                return await SendBulkBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        return JsonSerializer.Deserialize(body, typeInfo) ?? throw new JsonException("Empty body");
    }
}
