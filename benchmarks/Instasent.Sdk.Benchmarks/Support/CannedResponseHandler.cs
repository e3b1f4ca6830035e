using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Instasent.Sdk.Benchmarks.Support;

/// <summary>
/// An in-memory transport: answers every request at once with a canned response chosen by method and path, with the
/// headers the real API sends (request id, rate-limit). The SDK and the baseline get the very same handler type, so
/// the difference between them is the client-side work only.
/// </summary>
public sealed class CannedResponseHandler : HttpMessageHandler
{
    public static readonly byte[] SmsEntity = Encoding.UTF8.GetBytes(
        """{"entity":{"id":"sms_0123456789abcdef","clientId":null,"from":"Acme","to":"+34600111222","normalizedTo":"+34600111222","text":"Your code is 123456","status":"enqueued","encoding":"GSM_7BIT","charsCount":19,"messagesCount":1,"pricePerSms":0.045,"createdAt":"2026-11-23T10:00:00.0000000+00:00","country":"ES"}}""");

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly string reset = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60).ToString(CultureInfo.InvariantCulture);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var status = request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK;
        var content = new ByteArrayContent(SmsEntity);
        content.Headers.ContentType = Json;
        var response = new HttpResponseMessage(status) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req_0123456789abcdef0123");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "1200");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "1199");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", reset);
        return Task.FromResult(response);
    }
}
