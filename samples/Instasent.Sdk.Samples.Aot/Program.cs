// Native AOT smoke test: publishes with PublishAot and every SDK type rooted, so any trim/AOT warning fails the build.
// Run it with the base URL of a running fake server (the CI script starts one) or with INSTASENT_TOKEN for the real API.
using Instasent.Sdk;
using Instasent.Sdk.Sms;

var baseUrl = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("INSTASENT_BASE_URL");
var options = new InstasentClientOptions();
options.Transactional.Token = Environment.GetEnvironmentVariable("INSTASENT_TOKEN") ?? "fake-token";
if (!string.IsNullOrEmpty(baseUrl))
{
    options.AllowInsecureHttp = baseUrl.StartsWith("http://127.0.0.1", StringComparison.Ordinal);
    options.Transactional.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/transactional/v1");
}

using var client = new InstasentClient(options);
var sent = await client.Transactional.SendSmsAsync(new SmsMessage("AotSample", "+34600000001", "Sent from a native AOT binary"));
var account = await client.Transactional.GetAccountAsync();
Console.WriteLine($"AOT sample: sent {sent.Value.Id} (status {sent.Value.Status}), balance {account.Value.Available} {account.Value.Currency}");
