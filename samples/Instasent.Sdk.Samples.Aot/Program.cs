// Native AOT smoke test: published with PublishAot and every SDK type rooted (TrimmerRootAssembly), so any trim or
// AOT warning fails the build. It then calls one operation per family against a running fake server, resolves a client
// through dependency injection bound from configuration, and receives a signed webhook on a typed endpoint:
//   dotnet run --project samples/Instasent.Sdk.Samples.FakeServer      (prints "listening http://127.0.0.1:PORT/")
//   ./Instasent.Sdk.Samples.Aot http://127.0.0.1:PORT/
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Instasent.Sdk;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

if (args.Length == 0 || !Uri.TryCreate(args[0], UriKind.Absolute, out var root) || !root.IsLoopback)
{
    Console.Error.WriteLine("Usage: Instasent.Sdk.Samples.Aot http://127.0.0.1:PORT/  (the address of a running Instasent.Sdk.Samples.FakeServer)");
    return 2;
}

// The fake server's default project and datasource (see FakeAudienceState in Instasent.Sdk.Testing).
const string Project = "proj_fake";
const string Datasource = "ds_default";
var options = new InstasentClientOptions { AllowInsecureHttp = true };
options.Transactional.BaseAddress = new Uri(root, "transactional/v1");
options.Transactional.Token = "fake-token";
options.Product.BaseAddress = new Uri(root, "v1");
options.Product.Token = "fake-token";
options.Product.ProjectId = Project;
options.Ingest.BaseAddress = new Uri(root, "v1");
options.Ingest.ProjectId = Project;
options.Ingest.Datasources["default"] = new IngestDatasourceOptions { DatasourceId = Datasource, Token = "fake-token" };
options.LynSms.BaseAddress = new Uri(root, "lynsms/api/v1");
options.LynSms.Token = "ds_live_fake0000000000000000000000000000";
options.Hellio.BaseAddress = new Uri(root, "hellio/v1");
options.Hellio.Token = "fake-token";

using var client = new InstasentClient(options);
var sms = await client.Transactional.SendSmsAsync(new SmsRequest("AotSample", "+34600000001", "Sent from a native AOT binary"));
Console.WriteLine($"Transactional: sent {sms.Value.Id} ({sms.Value.Status})");

var ingest = await client.Ingest.Datasource("default").UpsertContactsAsync([new IngestContact("aot-user-1") { Email = "aot@example.com", PhoneMobile = "+34600000002" }]);
Console.WriteLine($"Ingest: {ingest.AcceptedCount} of {ingest.Items.Count} contacts accepted");

var contact = await client.Product.GetContactByUserIdAsync("aot-user-1");
Console.WriteLine($"Product: contact {contact.Value.Id}");

var lyn = await client.LynSms.SendAsync(new LynSmsSendRequest("AotSample", "+12025550143", "Hello from AOT"));
Console.WriteLine($"LynSMS: sent {lyn.Value.Id} (request {lyn.RequestId})");

var hellio = await client.Hellio.SendSmsAsync(new HellioSmsRequest("AotSample", ["+233241234567"], "Hello from AOT"));
Console.WriteLine($"Hellio: queued {hellio.Value.Reference} with idempotency key {hellio.IdempotencyKey is not null}");

// The DI path: options bound from configuration by the SDK's source-generated binder, the named HttpClient pipeline.
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Instasent:AllowInsecureHttp"] = "true",
    ["Instasent:AttemptTimeout"] = "00:00:20",
    ["Instasent:Retry:MaxRetries"] = "2",
    ["Instasent:Transactional:BaseAddress"] = new Uri(root, "transactional/v1").ToString(),
    ["Instasent:Transactional:Token"] = "fake-token",
}).Build();
var services = new ServiceCollection();
services.AddInstasentClient(configuration.GetSection("Instasent"));
await using (var provider = services.BuildServiceProvider())
{
    var account = await provider.GetRequiredService<IInstasentClient>().Transactional.GetBalanceAsync();
    Console.WriteLine($"DI + configuration: balance {account.Value.Available} {account.Value.Currency}");
}

// A typed webhook one-liner (no reflection-bound handler) verifying a LynSMS signature.
const string SigningSecret = "whsec_aot_sample";
var web = WebApplication.CreateSlimBuilder();
web.Logging.ClearProviders();
web.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
web.Services.AddInstasentWebhooks(o => o.LynSms.SigningSecret = SigningSecret);
await using var app = web.Build();
var handled = 0;
app.MapLynSmsWebhook("/hooks/lynsms", (e, context, cancellationToken) =>
{
    Interlocked.Increment(ref handled);
    return Task.FromResult(Results.Ok());
});
await app.StartAsync();
var hook = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/hooks/lynsms");
var body = LynSmsWebhookParser.Serialize(new LynSmsWebhookEvent { Id = "evt_aot", Object = "event", Type = LynSmsWebhookEventType.MessageDelivered, CreatedAt = DateTimeOffset.UtcNow });
using var http = new HttpClient();
var signed = await PostSignedAsync(http, hook, body, SigningSecret);
var forged = await PostSignedAsync(http, hook, body, "not-the-secret");
await app.StopAsync();
Console.WriteLine($"Webhook: signed {signed}, forged {forged}, handled {handled}");
return signed == HttpStatusCode.OK && forged == HttpStatusCode.Unauthorized && handled == 1 ? 0 : 1;

// LynSMS signs "{timestamp}.{body}" with HMAC-SHA-256 (what the vendor does; Instasent.Sdk.Testing has a signer too).
static async Task<HttpStatusCode> PostSignedAsync(HttpClient http, Uri url, string body, string secret)
{
    var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    var signature = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body))).ToLowerInvariant();
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.TryAddWithoutValidation(LynSmsWebhookVerifier.SignatureHeaderName, $"t={timestamp},v1={signature}");
    using var response = await http.SendAsync(request);
    return response.StatusCode;
}
