// Product API tour: search the audience, scroll a segment, send a direct SMS.
//
// Without INSTASENT_TOKEN it runs against the SDK's embedded loopback fake, seeded with a few contacts and a segment.
// With INSTASENT_TOKEN (a Product token) it talks to the real API: set INSTASENT_PROJECT, and optionally
// INSTASENT_SEGMENT (a segment UID to scroll) and INSTASENT_SMS_TO (an audience id or E.164 phone: a real SMS is sent).
using Instasent.Sdk;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Product;
using Instasent.Sdk.Product.Filters;

var token = Environment.GetEnvironmentVariable("INSTASENT_TOKEN");
// OfflineFake.cs: the embedded, seeded fake server for offline runs; not part of the code to copy.
await using var fake = string.IsNullOrEmpty(token) ? await OfflineFake.StartSeededAsync() : null;

InstasentClientOptions options;
string? segment = Environment.GetEnvironmentVariable("INSTASENT_SEGMENT");
string? smsTo = Environment.GetEnvironmentVariable("INSTASENT_SMS_TO");
if (fake is not null)
{
    Console.WriteLine($"No INSTASENT_TOKEN: using the embedded fake at {fake.Address}");
    options = fake.CreateClientOptions();
    segment = "pro-users";
    smsTo = "+34600000001";
}
else
{
    options = new InstasentClientOptions();
    options.Product.Token = token;
    options.Product.ProjectId = Environment.GetEnvironmentVariable("INSTASENT_PROJECT") ?? throw new InvalidOperationException("Set INSTASENT_PROJECT to the project UID.");
}

using var client = new InstasentClient(options);
var product = client.Product;

try
{
    var project = await product.Project.GetProjectAsync();
    Console.WriteLine($"Project {project.Value.Name} ({project.Value.Uid}); scopes: {string.Join(", ", project.Value.Scopes ?? [])}");

    var filter = QueryFilter.Where(FilterJoin.And, g => g.Attribute("_email", FilterOperator.Contains, "yahoo"))
        .SortBy("_user_id").Take(5);
    var search = await product.Audience.SearchContactsAsync(filter);
    Console.WriteLine($"Search: {search.Value.TotalHits} contacts with a yahoo address; first {search.Value.Items.Count}:");
    foreach (var contact in search.Value.Items)
    {
        Console.WriteLine($"  {contact}");
    }

    if (segment is not null)
    {
        var inSegment = 0;
        await foreach (var contact in product.Segments.ListContactsAsync(segment, filter: new QueryFilter().Take(50)))
        {
            inSegment++;
        }

        Console.WriteLine($"Segment '{segment}': {inSegment} contacts scrolled");
    }

    if (smsTo is not null)
    {
        var sent = await product.Messaging.SendSmsAsync(new ProductSmsRequest(ProductSmsRequest.DefaultSender, smsTo, "Hello from the Instasent .NET SDK sample") { UtmTerm = "sdk-sample" });
        Console.WriteLine($"Direct SMS {sent.Value.Sms.Id} to audience {sent.Value.AudienceId} (contact created: {sent.Value.AutoCreated}), status {sent.Value.Sms.Status}");
    }

    return 0;
}
catch (InstasentPermissionDeniedException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
