using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Instasent.Sdk.SideBySide.Sides.Floor;

/// <summary>
/// The floor: what a careful developer writes by hand. One <see cref="HttpClient"/> over one
/// <see cref="SocketsHttpHandler"/> configured like the SDK's transport, source-generated System.Text.Json, bodies
/// serialized to bytes and answers read from the response stream, no retries, no logging, no telemetry.
/// </summary>
internal sealed partial class FloorSide : ScenarioSide
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient http;
    private readonly SideTarget target;

    public FloorSide(SideTarget target)
    {
        this.target = target;
        HttpMessageHandler handler = target.InMemory
            ? new Wire.InMemoryHandler()
            : new SocketsHttpHandler
            {
                // The SDK's transport settings, so both sides send the same Accept-Encoding and pool the same way.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            };
        http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Wire.BenchApi.Token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Floor", "1.0"));
    }

    public override void Dispose() => http.Dispose();

    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonType;
        return content;
    }

    private async Task<T> PostAsync<T>(Uri uri, HttpContent content, JsonTypeInfo<T> answer, CancellationToken cancellationToken)
    {
        using (content)
        {
            using var response = await http.PostAsync(uri, content, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return await JsonSerializer.DeserializeAsync(stream, answer, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("Empty answer.");
        }
    }

    /// <summary>Hand-written bulk: consecutive batches of <paramref name="batchSize"/>, at most <paramref name="concurrency"/> in flight.</summary>
    private static async Task<int> RunBatchesAsync<T>(T[] items, int batchSize, int concurrency, Func<ArraySegment<T>, CancellationToken, Task<int>> send, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(concurrency, concurrency);
        var tasks = new List<Task<int>>((items.Length / batchSize) + 1);
        for (var start = 0; start < items.Length; start += batchSize)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            tasks.Add(SendReleasingAsync(new ArraySegment<T>(items, start, Math.Min(batchSize, items.Length - start))));
        }

        var accepted = 0;
        foreach (var count in await Task.WhenAll(tasks).ConfigureAwait(false))
        {
            accepted += count;
        }

        return accepted;

        async Task<int> SendReleasingAsync(ArraySegment<T> batch)
        {
            try
            {
                return await send(batch, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
