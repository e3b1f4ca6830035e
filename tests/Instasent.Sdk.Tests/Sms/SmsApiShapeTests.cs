using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Instasent.Sdk.Sms;
using NUnit.Framework;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>
/// The issue-10 surface of the Legacy and Transactional families on the wire: per-call options reach every request
/// (bulk batches and list pages included), lists are pageables that resume from a stored token and send the hinted
/// page size, and the convenience send sends the same bytes as the request overload.
/// </summary>
[TestFixture("Legacy", "")]
[TestFixture("Transactional", "/transactional/v1")]
public sealed class SmsApiShapeTests
{
    private static readonly InstasentRequestOptions Override = new()
    {
        Token = "tenant-token",
        Headers = new Dictionary<string, string> { ["X-Tenant"] = "tenant-7" },
    };

    private readonly string family;
    private readonly string prefix;
    private WireMockServer wire = null!;
    private InstasentClient client = null!;

    public SmsApiShapeTests(string family, string prefix)
    {
        this.family = family;
        this.prefix = prefix;
    }

    private IInstasentSmsClient Api => family == "Legacy" ? client.Legacy : client.Transactional;

    [SetUp]
    public void SetUp()
    {
        wire = WireMockServer.Start();
        var options = new InstasentClientOptions { AllowInsecureHttp = true };
        options.Legacy.BaseAddress = new Uri(wire.Url!);
        options.Legacy.Token = "legacy-token";
        options.Transactional.BaseAddress = new Uri(wire.Url + "/transactional/v1");
        options.Transactional.Token = "tx-token";
        client = new InstasentClient(options);
        Reply("POST", "/sms", 201, """{"entity":{"id":"s1","status":"enqueued"}}""");
        Reply("POST", "/sms/bulk", 201, """{"entities":[],"errors":[]}""");
        Reply("GET", "/sms/s1", 200, """{"entity":{"id":"s1"}}""");
        Reply("GET", "/sms", 200, """{"entities":[]}""");
        Reply("POST", "/lookup", 201, """{"entity":{"id":"l1"}}""");
        Reply("GET", "/lookup/l1", 200, """{"entity":{"id":"l1"}}""");
        Reply("GET", "/lookup", 200, """{"entities":[]}""");
        Reply("GET", "/organization/account", 200, """{"entity":{"available":1,"currency":"EUR"}}""");
        Reply("GET", "/price/sms", 200, """[]""");
    }

    [TearDown]
    public void TearDown()
    {
        client.Dispose();
        wire.Stop();
        wire.Dispose();
    }

    private void Reply(string method, string path, int status, string body) =>
        // Lower numbers win in WireMock: a test's own mapping (priority 0) beats these defaults.
        wire.Given(Request.Create().WithPath(prefix + path).UsingMethod(method)).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static IEnumerable<TestCaseData> Operations()
    {
        static TestCaseData Case(string name, Func<IInstasentSmsClient, InstasentRequestOptions?, Task> call) => new TestCaseData(call).SetArgDisplayNames(name);
        yield return Case("SendSms", (c, o) => c.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hi"), o));
        yield return Case("SendSms(from, to, text)", (c, o) => c.SendSmsAsync("Acme", "+34600111222", "Hi", o));
        yield return Case("GetSms", (c, o) => c.GetSmsAsync("s1", o));
        yield return Case("ListSms", async (c, o) => await c.ListSmsAsync(o).ToListAsync());
        yield return Case("CreateLookup", (c, o) => c.CreateLookupAsync("+34600111222", o));
        yield return Case("GetLookup", (c, o) => c.GetLookupAsync("l1", o));
        yield return Case("ListLookups", async (c, o) => await c.ListLookupsAsync(o).ToListAsync());
        yield return Case("GetBalance", (c, o) => c.GetBalanceAsync(o));
        yield return Case("GetPricing", (c, o) => c.GetPricingAsync(PriceProfileKind.Sms, o));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Request_options_reach_the_wire(Func<IInstasentSmsClient, InstasentRequestOptions?, Task> call)
    {
        await call(Api, Override);

        var request = wire.LogEntries.Single().RequestMessage;
        Assert.That(request.Headers!["Authorization"].Single(), Is.EqualTo("Bearer tenant-token"), "the per-call token replaces the configured one");
        Assert.That(request.Headers["X-Tenant"].Single(), Is.EqualTo("tenant-7"));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Without_request_options_the_configured_token_is_sent(Func<IInstasentSmsClient, InstasentRequestOptions?, Task> call)
    {
        await call(Api, null);

        var request = wire.LogEntries.Single().RequestMessage;
        Assert.That(request.Headers!["Authorization"].Single(), Is.EqualTo(family == "Legacy" ? "Bearer legacy-token" : "Bearer tx-token"));
        Assert.That(request.Headers.ContainsKey("X-Tenant"), Is.False);
    }

    [Test]
    public async Task Bulk_sends_the_same_request_options_with_every_batch()
    {
        var messages = Enumerable.Range(0, 150).Select(i => new SmsRequest("Acme", $"+3460{i:D7}", $"m{i}")).ToList();

        await Api.SendBulkSmsAsync(messages, Override);

        Assert.That(wire.LogEntries, Has.Count.EqualTo(2), "150 messages are two batches");
        Assert.That(wire.LogEntries.Select(e => e.RequestMessage.Headers!["Authorization"].Single()), Is.All.EqualTo("Bearer tenant-token"));
        Assert.That(wire.LogEntries.Select(e => e.RequestMessage.Headers!["X-Tenant"].Single()), Is.All.EqualTo("tenant-7"));
    }

    [Test]
    public void An_idempotency_key_is_refused_before_sending_because_instasent_honours_none()
    {
        var options = new InstasentRequestOptions { IdempotencyKey = "key-1" };

        Assert.Throws<ArgumentException>(() => Api.SendSmsAsync("Acme", "+34600111222", "Hi", options));
        Assert.Throws<ArgumentException>(() => Api.SendBulkSmsAsync([new SmsRequest("Acme", "+34600111222", "Hi")], options));
        Assert.Throws<ArgumentException>(() => Api.ListSmsAsync(options));
        Assert.That(wire.LogEntries, Is.Empty);
    }

    [Test]
    public async Task The_convenience_send_sends_the_same_bytes_as_the_request_overload()
    {
        await Api.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hola €"));
        await Api.SendSmsAsync("Acme", "+34600111222", "Hola €");

        var bodies = wire.LogEntries.Select(e => e.RequestMessage.Body).ToList();
        Assert.That(bodies, Has.Count.EqualTo(2));
        Assert.That(bodies[1], Is.EqualTo(bodies[0]));
        Assert.That(wire.LogEntries.Select(e => e.RequestMessage.Path), Is.All.EqualTo(prefix + "/sms"));
    }

    [Test]
    public void The_convenience_send_validates_like_the_request_overload()
    {
        var ex = Assert.Throws<ArgumentException>(() => Api.SendSmsAsync("Acme", "600111222", "Hi"));

        Assert.That(ex!.ParamName, Is.EqualTo("to"), "named like the overload's parameter");
        Assert.That(wire.LogEntries, Is.Empty);
    }

    [Test]
    public async Task A_list_resumes_from_a_stored_continuation_token_and_sends_the_hinted_page_size()
    {
        wire.Given(Request.Create().WithPath(prefix + "/sms").WithParam("page", "3").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[{"id":"5"},{"id":"6"}]}"""));
        wire.Given(Request.Create().WithPath(prefix + "/sms").WithParam("page", "4").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[]}"""));

        // A token stored as a plain string by an earlier run (page 3 of a list read two at a time).
        var stored = "3";
        var pages = await Api.ListSmsAsync().AsPages(stored, pageSizeHint: 2).ToListAsync();

        Assert.That(pages.SelectMany(p => p.Items).Select(s => s.Id), Is.EqualTo(new[] { "5", "6" }));
        Assert.That(pages.Select(p => p.ContinuationToken), Is.EqualTo(new[] { "4", null }));
        var queries = wire.LogEntries.Select(e => e.RequestMessage.Query!).ToList();
        Assert.That(queries.Select(q => q["page"].Single()), Is.EqualTo(new[] { "3", "4" }));
        Assert.That(queries.Select(q => q["per_page"].Single()), Is.All.EqualTo("2"));
    }

    [TestCase(null, "100")]
    [TestCase(25, "25")]
    [TestCase(100, "100")]
    [TestCase(500, "100")]
    public async Task The_page_size_hint_is_honoured_and_clamped_to_100(int? hint, string perPage)
    {
        await Api.ListSmsAsync().AsPages(pageSizeHint: hint).ToListAsync();
        await Api.ListLookupsAsync().AsPages(pageSizeHint: hint).ToListAsync();

        Assert.That(wire.LogEntries.Select(e => e.RequestMessage.Query!["per_page"].Single()), Is.EqualTo(new[] { perPage, perPage }));
    }

    [Test]
    public async Task A_lookup_list_resumes_from_a_stored_continuation_token()
    {
        wire.Given(Request.Create().WithPath(prefix + "/lookup").WithParam("page", "2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[{"id":"l9"}]}"""));

        var lookups = await Api.ListLookupsAsync().AsPages("2").SelectMany(p => p.Items.ToAsyncEnumerable()).ToListAsync();

        Assert.That(lookups.Select(l => l.Id), Is.EqualTo(new[] { "l9" }));
        Assert.That(wire.LogEntries.Select(e => e.RequestMessage.Query!["page"].Single()), Is.EqualTo(new[] { "2", "3" }));
    }

    [Test]
    public void The_price_profile_endpoint_and_its_paths_are_experimental()
    {
        var members = new MemberInfo[]
        {
            typeof(IInstasentSmsClient).GetMethod(nameof(IInstasentSmsClient.GetPricingAsync))!,
            typeof(InstasentSmsApiOptions).GetProperty(nameof(InstasentSmsApiOptions.SmsPriceProfilePath))!,
            typeof(InstasentSmsApiOptions).GetProperty(nameof(InstasentSmsApiOptions.LookupPriceProfilePath))!,
        };

        Assert.That(members.Select(m => m.GetCustomAttribute<ExperimentalAttribute>()?.DiagnosticId), Is.All.EqualTo("INSTASENT0001"));
    }
}
