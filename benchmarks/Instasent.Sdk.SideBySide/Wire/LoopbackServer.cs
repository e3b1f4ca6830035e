using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Text.Json;
using Instasent.Sdk.SideBySide.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Instasent.Sdk.SideBySide.Wire;

/// <summary>
/// The loopback API server, run as its own process (<c>--server</c>) so its CPU and memory are not the client's.
/// Kestrel on 127.0.0.1, a random port written to stdout as <c>PORT n</c>; it stops when its stdin closes (the harness
/// exiting, however it exits). Every API request is recorded in a <see cref="RequestDigest"/>;
/// <c>GET /__bench/digest</c> returns the snapshot since the last one.
/// </summary>
internal static class LoopbackServer
{
    public static async Task<int> RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        var digest = new RequestDigest();
        app.Run(context => HandleAsync(context, digest));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine("PORT " + new Uri(address).Port);
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
        return 0;
    }

    private static async Task HandleAsync(HttpContext context, RequestDigest digest)
    {
        var request = context.Request;
        if (request.Path == BenchApi.ControlDigestPath)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(JsonSerializer.Serialize(digest.TakeSnapshot(), HarnessJson.Default.DigestSnapshot));
            return;
        }

        var body = await ReadBodyAsync(request.BodyReader, context.RequestAborted);
        var output = new ArrayBufferWriter<byte>(body.Length > 4096 ? body.Length * 2 : 4096);
        var status = Answer(context, digest, body, output);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength = output.WrittenCount;
        foreach (var (name, value) in BenchApi.ResponseHeaders)
        {
            response.Headers[name] = value;
        }

        await response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted);
    }

    private static int Answer(HttpContext context, RequestDigest digest, byte[] body, ArrayBufferWriter<byte> output)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        digest.Record(request.Method, target, request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? string.Empty))), body);
        return BenchApi.Answer(request.Method, request.Path.Value ?? string.Empty, body, output);
    }

    private static async Task<byte[]> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.IsCompleted)
            {
                var bytes = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return bytes;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
