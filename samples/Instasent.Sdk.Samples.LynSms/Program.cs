// LynSMS sample. With LYNSMS_API_KEY unset it runs against the embedded loopback fake (no network, no cost).
// With LYNSMS_API_KEY set it calls https://lynsms.com/api/v1; it only sends a real SMS when LYNSMS_TO (E.164) and
// LYNSMS_FROM (an approved sender id) are set too, because every send costs money.
using Instasent.Sdk;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.LynSms;

var apiKey = Environment.GetEnvironmentVariable("LYNSMS_API_KEY");
var useFake = string.IsNullOrWhiteSpace(apiKey);
// OfflineFake.cs: the embedded fake server for offline runs; not part of the code to copy.
await using var fake = useFake ? await OfflineFake.StartAsync() : null;
var options = fake?.CreateClientOptions() ?? new InstasentClientOptions { LynSms = { Token = apiKey } };
using var client = new InstasentClient(options);
var lyn = client.LynSms;
Console.WriteLine(useFake ? $"Using the embedded fake at {fake!.Address}" : "Using the real LynSMS API");

var to = Environment.GetEnvironmentVariable("LYNSMS_TO") ?? (useFake ? "+12025550143" : null);
var from = Environment.GetEnvironmentVariable("LYNSMS_FROM") ?? "Acme";

try
{
    var account = await lyn.GetAccountAsync();
    Console.WriteLine($"Account: {account.Value} (request id {account.RequestId})");

#pragma warning disable INSTASENT0002 // the LynSMS balance path is not confirmed by the API docs (LynSmsOptions.BalancePath)
    var balance = await lyn.GetBalanceAsync();
#pragma warning restore INSTASENT0002
    Console.WriteLine($"Balance: {balance.Value.Balance} {balance.Value.Currency}");

    if (to is not null)
    {
        var sent = await lyn.SendSmsAsync(new LynSmsSmsRequest(from, to, "Your verification code is 1234") { Reference = "signup-9214" });
        Console.WriteLine($"Sent {sent.Value} costing {sent.Value.Cost} {sent.Value.Currency}; request id {sent.RequestId}");

        var again = await lyn.GetSmsAsync(sent.Value.Id);
        Console.WriteLine($"Status now: {again.Value.Status}");
    }

    if (useFake)
    {
        // Any number of recipients: the SDK sends at most 1,000 per request and reports per original position.
        var recipients = Enumerable.Range(0, 2_500).Select(i => i == 3 ? "not-a-number" : $"+1202{i:D7}").ToList();
        fake!.SetBalance(1_000m);
        var bulk = await lyn.SendBulkSmsAsync(new LynSmsBulkSmsRequest(from, recipients, "Flash sale today only"));
        Console.WriteLine($"Bulk: {bulk}");
        foreach (var item in bulk.Items.Where(i => i.Status != BatchItemStatus.Accepted))
        {
            Console.WriteLine($"  recipient #{item.Index}: {item.Status} - {item.Errors[0].Message}");
        }

        var endpoint = await lyn.CreateWebhookEndpointAsync(new LynSmsWebhookEndpointRequest(new Uri("https://example.com/hooks/lynsms"), [LynSmsEventTypes.MessageDelivered, LynSmsEventTypes.MessageFailed]));
        Console.WriteLine($"Webhook endpoint {endpoint.Value} - store its signing secret now, it is shown only once");
    }

    // Pages of 50 (a hint: the server may send fewer); show the first three messages.
    var shown = 0;
    await foreach (var page in lyn.ListSmsAsync().AsPages(pageSizeHint: 50))
    {
        foreach (var message in page.Items.Take(3 - shown))
        {
            Console.WriteLine($"  {message}");
            shown++;
        }

        if (shown == 3)
        {
            break;
        }
    }
}
catch (InstasentApiException ex)
{
    // ErrorCode/ErrorType come from {"error": {"type", "code", "message"}}; the request id is what LynSMS support asks for.
    Console.WriteLine($"LynSMS refused: {ex.StatusCode} {ex.ErrorType}/{ex.ErrorCode}, request id {ex.RequestId}: {ex.Message}");
    return 1;
}

return 0;
