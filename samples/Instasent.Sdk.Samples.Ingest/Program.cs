// Syncs 10,000 generated contacts and 20,000 events (some of them invalid) into a datasource, prints the per-record
// outcome summary and the time taken, then scrolls the audience back through the Product API.
//
// Without INSTASENT_TOKEN it runs against the SDK's embedded loopback fake. With INSTASENT_TOKEN (a Product token with
// the ingest and audience scopes) it talks to the real API: set INSTASENT_PROJECT and INSTASENT_DATASOURCE too. Against
// the real API the records are only validated (_dryRun) unless INSTASENT_WRITE=1, so nobody fills a project by accident.
using System.Diagnostics;
using Instasent.Sdk;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Ingest;

var token = Environment.GetEnvironmentVariable("INSTASENT_TOKEN");
// OfflineFake.cs: the embedded fake server for offline runs; not part of the code to copy.
await using var fake = string.IsNullOrEmpty(token) ? await OfflineFake.StartAsync() : null;

InstasentClientOptions options;
string project;
string datasource;
var dryRun = false;
if (fake is not null)
{
    options = fake.CreateClientOptions();
    project = OfflineFake.ProjectId;
    datasource = OfflineFake.DatasourceId;
    Console.WriteLine($"No INSTASENT_TOKEN: using the embedded fake at {fake.Address}");
}
else
{
    project = Environment.GetEnvironmentVariable("INSTASENT_PROJECT") ?? throw new InvalidOperationException("Set INSTASENT_PROJECT to the project UID.");
    datasource = Environment.GetEnvironmentVariable("INSTASENT_DATASOURCE") ?? throw new InvalidOperationException("Set INSTASENT_DATASOURCE to the datasource id.");
    options = new InstasentClientOptions();
    options.Product.Token = token;
    options.Product.ProjectId = project;
    dryRun = Environment.GetEnvironmentVariable("INSTASENT_WRITE") != "1";
    Console.WriteLine(dryRun ? "Real API, dry run (set INSTASENT_WRITE=1 to write)" : "Real API, writing");
}

options.Ingest.Datasources["sample"] = new IngestDatasourceOptions { ProjectId = project, DatasourceId = datasource };
using var client = new InstasentClient(options);
var ingest = client.Ingest.Datasource("sample");
var write = new IngestWriteOptions { DryRun = dryRun };

const int ContactCount = 10_000;
const int EventCount = 20_000;
var stopwatch = Stopwatch.StartNew();
var contacts = await ingest.UpsertContactsAsync(GenerateContacts(), write);
Console.WriteLine($"Contacts: {Summary(contacts)} in {stopwatch.Elapsed.TotalSeconds:0.00} s");
PrintRejections(contacts);

stopwatch.Restart();
var events = await ingest.AppendEventsAsync(GenerateEvents(), write);
Console.WriteLine($"Events:   {Summary(events)} in {stopwatch.Elapsed.TotalSeconds:0.00} s");
PrintRejections(events);

stopwatch.Restart();
var scrolled = 0;
await foreach (var contact in client.Product.Audience.ListContactsAsync())
{
    if (++scrolled <= 3)
    {
        Console.WriteLine($"  {contact}");
    }
}

Console.WriteLine($"Scrolled {scrolled} contacts back in {stopwatch.Elapsed.TotalSeconds:0.00} s");
return contacts.FailedCount + contacts.UnknownCount + events.FailedCount + events.UnknownCount == 0 ? 0 : 1;

static async IAsyncEnumerable<IngestContact> GenerateContacts()
{
    for (var i = 0; i < ContactCount; i++)
    {
        var contact = new IngestContact($"user-{i}")
        {
            FirstName = $"Name{i}",
            Email = i % 997 == 5 ? $"user{i}-at-example.com" : $"user{i}@example.com",   // ~10 invalid e-mails: the server rejects them
            PhoneMobile = i % 1009 == 7 ? "600 12 34" : $"+3460{i:D7}",                 // ~10 non-E.164 phones: the SDK rejects them
        };

        // WithAttribute returns a new contact (the original is left as it was): yield the returned one.
        yield return contact.WithAttribute("plan", i % 4 == 0 ? "pro" : "free").WithAttribute("_date_registered", DateOnly.FromDayNumber(738000 + (i % 365)));
        await Task.CompletedTask;
    }
}

static async IAsyncEnumerable<IngestEvent> GenerateEvents()
{
    var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    for (var i = 0; i < EventCount; i++)
    {
        // A few events lack their type; the SDK rejects them before sending.
        var type = i % 2003 == 11 ? string.Empty : i % 3 == 0 ? "purchase" : "page_view";
        var e = new IngestEvent($"user-{i % ContactCount}", type, start.AddMinutes(i));
        if (type == "purchase")
        {
            e = e.WithParameter("amount", 10 + (i % 90)).WithParameter("currency", "EUR");
        }

        yield return e;
        await Task.CompletedTask;
    }
}

static string Summary<T>(BatchResult<T> result) =>
    $"{result.Items.Count} records, {result.AcceptedCount} accepted, {result.RejectedCount} rejected ({result.Items.Count(i => i.RejectedBeforeSending)} before sending), {result.FailedCount} failed, {result.UnknownCount} unknown, {result.BatchCount} requests";

static void PrintRejections<T>(BatchResult<T> result)
{
    foreach (var item in result.Items.Where(i => i.Status != BatchItemStatus.Accepted).Take(3))
    {
        Console.WriteLine($"  #{item.Index} {item.Status}: {string.Join("; ", item.Errors.Select(e => e.Field + " " + e.Message))}{item.Exception?.Message}");
    }
}
