// Receives and verifies LynSMS, Hellio (delivery receipts and USSD) and Instasent delivery-report webhooks.
//
//   dotnet run                 self-test: random secrets, a free loopback port, the test kit's fake server delivers
//                              signed webhooks (and a duplicate, a forgery and a replayable V1-only request) to this app,
//                              prints what happened, exits.
//   dotnet run -- --serve      runs the receiver; secrets come from configuration, for example the environment:
//                              Instasent__Webhooks__LynSms__SigningSecret, Instasent__Webhooks__Hellio__SigningSecret,
//                              Instasent__Webhooks__HellioUssd__LiveSecret, Instasent__Webhooks__DeliveryReports__UrlSecret
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var selfTest = args.Length == 0;
var builder = WebApplication.CreateBuilder(args);
if (selfTest)
{
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Instasent:Webhooks:LynSms:SigningSecret"] = RandomSecret(),
        ["Instasent:Webhooks:Hellio:SigningSecret"] = RandomSecret(),
        ["Instasent:Webhooks:HellioUssd:LiveSecret"] = RandomSecret(),
        ["Instasent:Webhooks:DeliveryReports:UrlSecret"] = RandomSecret(),
    });
    builder.WebHost.UseUrls("http://127.0.0.1:0");
}

// The Instasent DLR URL holds its secret, and ASP.NET Core's request logs print URLs: keep them quiet.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
builder.Services.AddInstasentWebhooks(builder.Configuration.GetSection(InstasentWebhookOptions.DefaultSectionName));
// Lease-based de-duplication: a copy of a delivery being handled gets 503 (the vendor retries it), a copy of a handled
// one gets 200 without a second run, a failed handler lets the vendor's retry through. One instance: in memory.
builder.Services.AddInstasentWebhookDeduplication();
builder.Services.AddSingleton<Inbox>();

var app = builder.Build();

// One line per webhook route: raw-body verification, typed binding, de-duplication.
app.MapLynSmsWebhook("/hooks/lynsms", (LynSmsWebhookEvent e, Inbox inbox) => inbox.Add(e.ToString()));
app.MapHellioWebhook("/hooks/hellio", (HellioWebhookEvent e, Inbox inbox) => inbox.Add(e.ToString()));
app.MapHellioUssdCallback("/ussd", (HellioUssdCallback c) => string.IsNullOrEmpty(c.Input)
    ? HellioUssdReply.Continue("Welcome\n1. Balance\n2. Exit")
    : HellioUssdReply.End(c.Input == "1" ? "Your balance is 10.00" : "Goodbye"));
app.MapInstasentDeliveryReportWebhook("/hooks/instasent/{secret}", (DeliveryReport r, Inbox inbox) => inbox.Add(r.ToString()));

if (!selfTest)
{
    await app.RunAsync();
    return 0;
}

await app.StartAsync();
var self = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
var secrets = app.Configuration.GetSection(InstasentWebhookOptions.DefaultSectionName);
var inbox = app.Services.GetRequiredService<Inbox>();
await using var fake = await InstasentFakeServer.StartAsync();
var failures = 0;

void Report(string what, int status, int expected)
{
    failures += status == expected ? 0 : 1;
    Console.WriteLine($"{(status == expected ? "ok  " : "FAIL")} {what}: HTTP {status} (expected {expected})");
}

var lynEvent = new LynSmsWebhookEvent
{
    Id = "evt_a9bX2mF4tQpKrLcSdN1zVeY3o",
    Object = "event",
    Type = LynSmsWebhookEventType.MessageDelivered,
    CreatedAt = DateTimeOffset.UtcNow,
    Data = new LynSmsWebhookMessage { Id = "msg_1", To = "+34600111222", From = "Acme", Status = "delivered", DeliveredAt = DateTimeOffset.UtcNow },
};
var lyn = await fake.DeliverLynSmsWebhookAsync(new Uri(self, "hooks/lynsms"), secrets["LynSms:SigningSecret"]!, lynEvent, new WebhookDeliveryOptions { Deliveries = 2 });
Report("LynSMS message.delivered", lyn[0].StatusCode, 200);
Report("LynSMS duplicate delivery (acknowledged, not handled again)", lyn[1].StatusCode, 200);
var forged = await fake.DeliverLynSmsWebhookAsync(new Uri(self, "hooks/lynsms"), "not-the-secret", lynEvent with { Id = "evt_forged" });
Report("LynSMS forged signature", forged[0].StatusCode, 401);

var hellioEvent = new HellioWebhookEvent { Event = HellioWebhookEventType.MessageDelivered, MobileNumber = "233241234567", ProviderMessageId = "pm_1", Status = "delivered", Timestamp = DateTimeOffset.UtcNow };
var hellio = await fake.DeliverHellioWebhookAsync(new Uri(self, "hooks/hellio"), secrets["Hellio:SigningSecret"]!, hellioEvent);
Report("Hellio message.delivered (V2 signature)", hellio[0].StatusCode, 200);
var replayed = await fake.DeliverHellioWebhookAsync(new Uri(self, "hooks/hellio"), secrets["Hellio:SigningSecret"]!, hellioEvent with { ProviderMessageId = "pm_2" }, new WebhookDeliveryOptions { IncludeHellioTimestampedSignature = false });
Report("Hellio request stripped of its V2 signature (replayable V1 only)", replayed[0].StatusCode, 401);

var ussd = await fake.DeliverHellioUssdCallbackAsync(new Uri(self, "ussd"), secrets["HellioUssd:LiveSecret"]!, new HellioUssdCallback { SessionId = "ses_1", Msisdn = "233241234567", ServiceCode = "*920*100#", Input = "", Sequence = 1, Mode = HellioUssdMode.Live });
Report("Hellio USSD callback", ussd.StatusCode, 200);
var reply = HellioWebhookParser.ParseUssdReply(ussd.Body);
Console.WriteLine($"     USSD reply ({reply.Action}): {reply.Message.Replace('\n', ' ')}");

var report = new DeliveryReport { Id = "sms_1", ClientId = "order-7", Status = SmsStatus.Delivered, Code = 0, EventAt = DateTimeOffset.UtcNow };
var dlr = await fake.DeliverDeliveryReportAsync(new Uri(self, "hooks/instasent/" + secrets["DeliveryReports:UrlSecret"]), report);
Report("Instasent delivery report, secret in URL", dlr[0].StatusCode, 200);
var dlrWrong = await fake.DeliverDeliveryReportAsync(new Uri(self, "hooks/instasent/guess"), report);
Report("Instasent delivery report, wrong URL secret", dlrWrong[0].StatusCode, 401);

Console.WriteLine($"Handled {inbox.Items.Count} webhook(s):");
foreach (var item in inbox.Items)
{
    Console.WriteLine("     " + item);
}

failures += inbox.Items.Count == 3 ? 0 : 1;
await app.StopAsync();
Console.WriteLine(failures == 0 ? "Self-test passed." : $"Self-test FAILED ({failures}).");
return failures == 0 ? 0 : 1;

static string RandomSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

/// <summary>What the handlers received (a real app would enqueue work and answer at once).</summary>
internal sealed class Inbox
{
    private readonly ConcurrentQueue<string> items = new();

    public IReadOnlyCollection<string> Items => items;

    public void Add(string item) => items.Enqueue(item);
}
