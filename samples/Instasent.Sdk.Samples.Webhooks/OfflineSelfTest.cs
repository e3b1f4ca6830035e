// Offline runs only (`dotnet run` with no arguments): random secrets, a free loopback port, and the SDK test kit's fake
// server (Instasent.Sdk.Testing) delivering signed webhooks (and a duplicate, a forgery and a replayable V1-only request)
// to this app. Nothing here is needed in a real receiver: copy Program.cs, not this file.
using System.Security.Cryptography;
using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Transactional;
using Instasent.Sdk.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

/// <summary>The self-test run of the webhook sample.</summary>
internal static class OfflineSelfTest
{
    /// <summary>Random secrets and a free loopback port, instead of configuration.</summary>
    public static void Configure(WebApplicationBuilder builder)
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

    /// <summary>Starts the app, delivers webhooks to it, prints what happened; 0 when everything was as expected.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
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
            Data = new LynSmsWebhookMessage { Id = "msg_1", To = "+34600111222", From = "Acme", Status = HellioMessageStatus.Delivered, DeliveredAt = DateTimeOffset.UtcNow },
        };
        var lyn = await fake.DeliverLynSmsWebhookAsync(new Uri(self, "hooks/lynsms"), secrets["LynSms:SigningSecret"]!, lynEvent, new WebhookDeliveryOptions { Deliveries = 2 });
        Report("LynSMS message.delivered", lyn[0].StatusCode, 200);
        Report("LynSMS duplicate delivery (acknowledged, not handled again)", lyn[1].StatusCode, 200);
        var forged = await fake.DeliverLynSmsWebhookAsync(new Uri(self, "hooks/lynsms"), "not-the-secret", lynEvent with { Id = "evt_forged" });
        Report("LynSMS forged signature", forged[0].StatusCode, 401);

        var hellioEvent = new HellioWebhookEvent { Event = HellioWebhookEventType.MessageDelivered, MobileNumber = "233241234567", ProviderMessageId = "pm_1", Status = HellioMessageStatus.Delivered, Timestamp = DateTimeOffset.UtcNow };
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
    }

    private static string RandomSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
