// Receives and verifies LynSMS, Hellio (delivery receipts and USSD) and Instasent delivery-report webhooks.
//
//   dotnet run                 self-test: random secrets, a free loopback port, the test kit's fake server delivers
//                              signed webhooks (and a duplicate, a forgery and a replayable V1-only request) to this app,
//                              prints what happened, exits.
//   dotnet run -- --serve      runs the receiver; secrets come from configuration, for example the environment:
//                              Instasent__Webhooks__LynSms__SigningSecret, Instasent__Webhooks__Hellio__SigningSecret,
//                              Instasent__Webhooks__HellioUssd__LiveSecret, Instasent__Webhooks__DeliveryReports__UrlSecret
using System.Collections.Concurrent;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;

var selfTest = args.Length == 0;
var builder = WebApplication.CreateBuilder(args);
if (selfTest)
{
    OfflineSelfTest.Configure(builder);
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

// OfflineSelfTest.cs: the test kit delivers signed webhooks to this app; not part of the code to copy.
return await OfflineSelfTest.RunAsync(app);

/// <summary>What the handlers received (a real app would enqueue work and answer at once).</summary>
internal sealed class Inbox
{
    private readonly ConcurrentQueue<string> items = new();

    public IReadOnlyCollection<string> Items => items;

    public void Add(string item) => items.Enqueue(item);
}
