using System.Net;

namespace Instasent.Sdk.Tests.Fuzzing;

/// <summary>An in-memory transport that answers every request with one chosen status and body, so thousands of bodies run fast.</summary>
internal sealed class FuzzTransport : HttpMessageHandler
{
    public int Status { get; set; } = 200;

    public byte[] Body { get; set; } = [];

    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var response = new HttpResponseMessage((HttpStatusCode)Status) { RequestMessage = request, Content = new ByteArrayContent(Body) };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Task.FromResult(response);
    }
}
