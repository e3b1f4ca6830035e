// Hellio Messaging sample. With HELLIO_TOKEN unset it runs against the embedded loopback fake (no network, no cost).
// With HELLIO_TOKEN set it calls https://api.helliomessaging.com/v1; it only sends a real SMS when HELLIO_TO and
// HELLIO_SENDER (an approved sender id) are set too.
using Instasent.Sdk;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Http;

var token = Environment.GetEnvironmentVariable("HELLIO_TOKEN");
var useFake = string.IsNullOrWhiteSpace(token);
// OfflineFake.cs: the embedded fake server for offline runs; not part of the code to copy.
await using var fake = useFake ? await OfflineFake.StartAsync() : null;
var options = fake?.CreateClientOptions() ?? new InstasentClientOptions { Hellio = { Token = token } };
using var client = new InstasentClient(options);
var hellio = client.Hellio;
Console.WriteLine(useFake ? $"Using the embedded fake at {fake!.Address}" : "Using the real Hellio API");

var to = Environment.GetEnvironmentVariable("HELLIO_TO") ?? (useFake ? "+233241234567" : null);
var sender = Environment.GetEnvironmentVariable("HELLIO_SENDER") ?? "Acme";

try
{
    if (useFake)
    {
        // Obtaining a token from e-mail and password, with 2FA: the first answer asks for the code.
        fake!.AddUser("ama@example.com", "correct horse", twoFactorCode: "424242");
        var login = await hellio.IssueTokenAsync(new HellioTokenRequest("ama@example.com", "correct horse") { DeviceName = "sample" });
        if (login.Value.RequiresTwoFactor)
        {
            Console.WriteLine("2FA code required; asking the user... (the sample uses 424242)");
            login = await hellio.IssueTokenAsync(new HellioTokenRequest("ama@example.com", "correct horse") { DeviceName = "sample", TwoFactorCode = "424242" });
        }

        Console.WriteLine($"Got {login.Value.Token}");
        options.Hellio.Token = login.Value.Token!.Token;
    }

    var balance = await hellio.GetBalanceAsync();
    Console.WriteLine($"Wallet: {balance.Value.Balance} {balance.Value.Currency} (available {balance.Value.Available})");

    if (to is not null)
    {
        // A key derived from the order id and recipient: a retry after a crash sends the same key, and Hellio replays
        // the first answer instead of sending the SMS twice.
        var key = IdempotencyKeys.FromBusinessIds("order-1042", to);
        var sms = await hellio.SendSmsAsync(new HellioSmsRequest(sender, [to], "Your order 1042 has shipped"), new InstasentRequestOptions { IdempotencyKey = key });
        Console.WriteLine($"Queued campaign {sms.Value.CampaignId}, cost {sms.Value.EstimatedCost} {sms.Value.Currency}, key {sms.IdempotencyKey}");

        var replay = await hellio.SendSmsAsync(new HellioSmsRequest(sender, [to], "Your order 1042 has shipped"), new InstasentRequestOptions { IdempotencyKey = key });
        Console.WriteLine($"Same key again: replayed = {replay.IdempotentReplayed}, same campaign = {replay.Value.CampaignId == sms.Value.CampaignId}");

        var otp = await hellio.SendOtpAsync(HellioOtpRequest.BySms(to, sender) with { Purpose = "checkout", Expiry = 5 });
        Console.WriteLine($"OTP sent, reference {otp.Value.Reference}");
        var code = fake?.LastOtpCode(to) ?? "000000";
        var wrong = await hellio.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber(to, code == "000000" ? "111111" : "000000"));
        Console.WriteLine($"Wrong code verified: {wrong.Value.Verified}");
        if (useFake)
        {
            var right = await hellio.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber(to, code));
            Console.WriteLine($"Right code verified: {right.Value.Verified}");
        }
    }

    var shown = 0;
#pragma warning disable INSTASENT0003 // The answer shape of the messages list is not documented by Hellio; the SDK reads it tolerantly.
    await foreach (var message in hellio.ListMessagesAsync())
#pragma warning restore INSTASENT0003
    {
        if (++shown > 3)
        {
            break;
        }

        Console.WriteLine($"  {message}");
    }

    var ussd = await hellio.Ussd.GetPricingAsync();
    Console.WriteLine($"USSD short code {ussd.Value.ShortCode}, {ussd.Value.SessionPrices?.Count ?? 0} network prices");
}
catch (InstasentIdempotencyConflictException ex)
{
    Console.WriteLine($"The same request is still being processed (key {ex.IdempotencyKey}); retry shortly with the same key.");
    return 1;
}
catch (InstasentApiException ex)
{
    // Branch on ErrorCode (insufficient_balance, spend_limit_exceeded, sender_not_approved...), never on the message.
    var period = ex.Details.TryGetValue("period", out var p) ? $" (period {p})" : string.Empty;
    Console.WriteLine($"Hellio refused: {ex.StatusCode} [{ex.ErrorCode}]{period}: {ex.Message}");
    return 1;
}

return 0;
