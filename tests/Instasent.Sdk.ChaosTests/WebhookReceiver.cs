using System.Collections.Concurrent;
using System.Net;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Instasent.Sdk.ChaosTests;

/// <summary>
/// A webhook receiver as an application would write it: the SDK's ASP.NET Core helper (signature check, parsing and the
/// in-memory de-duplication store) in front of a handler that records what it processed. Some handlers fail the first
/// time, so the vendor's retry must be processed rather than skipped as a duplicate; a copy arriving while another is
/// being handled is refused with 503 and retried by the vendor.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public const string LynSmsSecret = "whsec_chaos_lynsms_signing_secret";
    public const string HellioSecret = "chaos-hellio-signing-secret";

    private readonly WebApplication app;
    private long handlerRuns;
    private long handlerFailures;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public Uri LynSmsUrl { get; private set; } = null!;

    public Uri HellioUrl { get; private set; } = null!;

    /// <summary>Gets how many times each event was processed (the handler completed successfully).</summary>
    public ConcurrentDictionary<string, int> Processed { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the events whose handler fails the first time it runs.</summary>
    public ConcurrentDictionary<string, byte> FailFirst { get; } = new(StringComparer.Ordinal);

    public long HandlerRuns => Interlocked.Read(ref handlerRuns);

    public long HandlerFailures => Interlocked.Read(ref handlerFailures);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddInstasentWebhooks(o =>
        {
            o.LynSms.SigningSecret = LynSmsSecret;
            o.Hellio.SigningSecret = HellioSecret;
        });
        builder.Services.AddInstasentWebhookDeduplication();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e) => receiver.Handle("lynsms|" + e.Id));
        app.MapHellioWebhook("/hooks/hellio", (HellioWebhookEvent e) => receiver.Handle("hellio|" + e.ProviderMessageId));
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        receiver.LynSmsUrl = new Uri(address, "/hooks/lynsms");
        receiver.HellioUrl = new Uri(address, "/hooks/hellio");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private IResult Handle(string key)
    {
        Interlocked.Increment(ref handlerRuns);
        if (FailFirst.TryRemove(key, out _))
        {
            Interlocked.Increment(ref handlerFailures);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        Processed.AddOrUpdate(key, 1, static (_, n) => n + 1);
        return Results.Ok();
    }
}
