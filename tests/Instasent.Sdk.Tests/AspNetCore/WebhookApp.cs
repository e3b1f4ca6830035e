using System.Net;
using Instasent.Sdk.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Instasent.Sdk.Tests.AspNetCore;

/// <summary>A real Kestrel app on 127.0.0.1:0 hosting the webhook endpoints under test.</summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookApp(WebApplication app, Uri baseAddress, FakeLogCollector logs)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Logs = logs;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public FakeLogCollector Logs { get; }

    public string AllLogText => LogText(Logs.GetSnapshot());

    /// <summary>Only the SDK's own records (ASP.NET Core's hosting logs print every request URL by design).</summary>
    public string SdkLogText => LogText(Logs.GetSnapshot().Where(r => r.Category == "Instasent.Sdk.AspNetCore.Webhooks"));

    private static string LogText(IEnumerable<FakeLogRecord> records) => string.Join("\n", records.Select(r => r.Message + " " + string.Join(",", r.StructuredState?.Select(s => s.Value) ?? [])));

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public static async Task<WebhookApp> StartAsync(Action<IServiceCollection> services, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var provider = new FakeLoggerProvider();
        builder.Logging.AddProvider(provider).SetMinimumLevel(LogLevel.Information);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        services(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebhookApp(app, new Uri(address.TrimEnd('/') + "/"), provider.Collector);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
