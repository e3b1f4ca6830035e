// Native AOT smoke test: published with PublishAot and every SDK type rooted (TrimmerRootAssembly), so any trim or
// AOT warning fails the build. It then calls one operation per family against a running fake server:
//   dotnet run --project samples/Instasent.Sdk.Samples.FakeServer      (prints "listening http://127.0.0.1:PORT/")
//   ./Instasent.Sdk.Samples.Aot http://127.0.0.1:PORT/
using Instasent.Sdk;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Sms;

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
var sms = await client.Transactional.SendSmsAsync(new SmsMessage("AotSample", "+34600000001", "Sent from a native AOT binary"));
Console.WriteLine($"Transactional: sent {sms.Value.Id} ({sms.Value.Status})");

var ingest = await client.Ingest.Datasource("default").UpsertContactsAsync([new IngestContact("aot-user-1") { Email = "aot@example.com", PhoneMobile = "+34600000002" }]);
Console.WriteLine($"Ingest: {ingest.AcceptedCount} of {ingest.Items.Count} contacts accepted");

var contact = await client.Product.GetContactByUserIdAsync("aot-user-1");
Console.WriteLine($"Product: contact {contact.Value.Id}");

var lyn = await client.LynSms.SendAsync(new LynSmsSendRequest("AotSample", "+12025550143", "Hello from AOT"));
Console.WriteLine($"LynSMS: sent {lyn.Value.Id} (request {lyn.RequestId})");

var hellio = await client.Hellio.SendSmsAsync(new HellioSmsRequest(["+233241234567"], "AotSample", "Hello from AOT"));
Console.WriteLine($"Hellio: queued {hellio.Value.Reference} with idempotency key {hellio.IdempotencyKey is not null}");
return 0;
