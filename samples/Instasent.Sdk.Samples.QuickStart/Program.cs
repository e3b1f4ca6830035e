// Quick start: sends SMS through the Instasent Transactional API.
// With no INSTASENT_TOKEN set it starts the SDK's embedded fake server on 127.0.0.1 and runs against it, offline.
// With INSTASENT_TOKEN set it uses the real API (INSTASENT_BASE_URL overrides the Transactional base address).
using Instasent.Sdk;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;

var token = Environment.GetEnvironmentVariable("INSTASENT_TOKEN");
// OfflineFake.cs: the embedded fake server for offline runs; not part of the code to copy.
await using var fake = string.IsNullOrEmpty(token) ? await OfflineFake.StartAsync() : null;

InstasentClientOptions options;
if (fake is not null)
{
    options = fake.CreateClientOptions();
    Console.WriteLine($"No INSTASENT_TOKEN set: using the embedded fake server at {fake.Address}");
}
else
{
    options = new InstasentClientOptions();
    options.Transactional.Token = token;
    if (Environment.GetEnvironmentVariable("INSTASENT_BASE_URL") is { Length: > 0 } baseUrl)
    {
        options.Transactional.BaseAddress = new Uri(baseUrl);
    }

    Console.WriteLine($"Using the real Instasent Transactional API at {options.Transactional.BaseAddress}");
}

var sender = Environment.GetEnvironmentVariable("INSTASENT_FROM") ?? "Instasent";
var recipient = Environment.GetEnvironmentVariable("INSTASENT_TO") ?? "+34600000001";

using var client = new InstasentClient(options);
var sms = client.Transactional;

// 1. One SMS.
var text = "Hello from Instasent.Sdk";
var segments = SmsSegmentCalculator.Calculate(text);
var sent = await sms.SendSmsAsync(new SmsRequest(sender, recipient, text) { ClientId = "quickstart-1" });
Console.WriteLine($"1. Sent {sent.Value.Id} ({segments.Encoding}, {segments.Parts} part) request id {sent.RequestId}, rate limit {sent.RateLimit?.Remaining}/{sent.RateLimit?.Limit}");

if (fake is null)
{
    Console.WriteLine("Real API: stopping after one SMS so the quick start never bulk-sends to real numbers.");
    return;
}

// 2. A bulk of 250, five of them with invalid numbers: outcomes come back by original index.
var batch = Enumerable.Range(0, 250)
    .Select(i => new SmsRequest(sender, i % 50 == 3 ? "600-not-e164" : $"+3460{i:D7}", $"Bulk message {i}"))
    .ToList();
var bulk = await sms.SendBulkSmsAsync(batch);
// Unknown items may have reached the server: look them up (by clientId) before sending them again.
Console.WriteLine($"2. Bulk: {bulk.AcceptedCount} accepted, {bulk.RejectedCount} rejected, {bulk.FailedCount} failed, {bulk.UnknownCount} unknown in {bulk.BatchCount} requests");
foreach (var rejected in bulk.Items.Where(i => i.Status == BatchItemStatus.Rejected).Take(2))
{
    Console.WriteLine($"   #{rejected.Index}: {string.Join("; ", rejected.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
}

// 3. List them lazily, page by page.
var listed = 0;
await foreach (var message in sms.ListSmsAsync())
{
    listed++;
}

Console.WriteLine($"3. Listed {listed} messages");

// 4. A number lookup, 5. the balance.
var lookup = await sms.CreateLookupAsync(recipient);
Console.WriteLine($"4. Lookup {lookup.Value.Id}: {lookup.Value.Status}, country {lookup.Value.Country}");
var account = await sms.GetBalanceAsync();
Console.WriteLine($"5. Balance: {account.Value.Available} {account.Value.Currency}");

// 6. A forced 429: the SDK waits as Retry-After asks, then succeeds.
fake.RateLimitNextRequest(retryAfterSeconds: 1);
var retried = await sms.GetBalanceAsync();
foreach (var attempt in retried.Attempts)
{
    Console.WriteLine($"6. Attempt {attempt}");
}

// 7. A typed error.
try
{
    await sms.GetSmsAsync("does-not-exist");
}
catch (InstasentNotFoundException ex)
{
    Console.WriteLine($"7. {ex.GetType().Name}: {ex.Message}");
}

Console.WriteLine($"Done: the fake server received {fake.RequestCount} requests and stored {fake.StoredMessageCount} messages.");
