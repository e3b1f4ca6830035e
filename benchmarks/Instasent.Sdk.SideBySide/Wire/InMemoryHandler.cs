using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Instasent.Sdk.SideBySide.Wire;

/// <summary>
/// The in-memory transport: no sockets, every request answered at once by <see cref="BenchApi"/> with the real API's
/// headers. Both sides get this handler type (the SDK through <c>ConfigurePrimaryHttpMessageHandler</c>), and each
/// request is recorded in <see cref="RequestDigest.InProcess"/> as the handler sees it.
/// </summary>
internal sealed class InMemoryHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Read the body as a transport would (it copies it to the socket), on both sides alike.
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var uri = request.RequestUri!;
        if (RequestDigest.InProcess.Recording)
        {
            var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)));
            RequestDigest.InProcess.Record(request.Method.Method, uri.PathAndQuery, headers, body);
        }

        ByteArrayContent content;
        var status = 201;
        if (request.Method == HttpMethod.Post && uri.AbsolutePath.EndsWith("/sms", StringComparison.Ordinal))
        {
            // The per-call scenario's answer, served without building it (the array is never written to).
            content = new ByteArrayContent(BenchApi.SmsEntity);
        }
        else
        {
            var output = new ArrayBufferWriter<byte>(1024);
            status = BenchApi.Answer(request.Method.Method, uri.AbsolutePath, body, output);
            content = new ByteArrayContent(output.WrittenSpan.ToArray());
        }

        content.Headers.ContentType = Json;
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = content, RequestMessage = request };
        foreach (var (name, value) in BenchApi.ResponseHeaders)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
