using System.Text.Json.Nodes;
using Instasent.Sdk.Sms;
using NUnit.Framework;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>Exact wire checks (method, path, headers, JSON) for every Legacy/Transactional endpoint, against WireMock on loopback.</summary>
[TestFixture("Legacy", "")]
[TestFixture("Transactional", "/transactional/v1")]
public sealed class SmsWireTests
{
    private readonly string family;
    private readonly string prefix;
    private WireMockServer wire = null!;
    private InstasentClient client = null!;

    public SmsWireTests(string family, string prefix)
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
    }

    [TearDown]
    public void TearDown()
    {
        client.Dispose();
        wire.Stop();
        wire.Dispose();
    }

    private string Token => family == "Legacy" ? "legacy-token" : "tx-token";

    private void Reply(string method, string path, int status, string body) =>
        wire.Given(Request.Create().WithPath(prefix + path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req-wire").WithBody(body));

    private WireMock.Logging.ILogEntry Single()
    {
        Assert.That(wire.LogEntries, Has.Count.EqualTo(1));
        var entry = wire.LogEntries.Single();
        Assert.That(entry.RequestMessage.Headers!["Authorization"].Single(), Is.EqualTo("Bearer " + Token));
        Assert.That(entry.RequestMessage.Headers["Accept"].Single(), Does.Contain("application/json"));
        Assert.That(entry.RequestMessage.Headers["User-Agent"].Single(), Does.StartWith("Instasent.Sdk/"));
        Assert.That(entry.RequestMessage.Query, Is.Empty.Or.Not.ContainKey("access_token"), "the token never goes into the URL");
        return entry;
    }

    [Test]
    public async Task Send_sms_posts_the_exact_json_and_maps_the_entity()
    {
        Reply("POST", "/sms", 201, """
            {"entity":{"id":"a1b2","clientId":"order-9","from":"Acme","to":"+34600111222","normalizedTo":"+34600111222","text":"Hola €","status":"enqueued",
             "encoding":"GSM_7BIT_EX","charsCount":7,"messagesCount":1,"pricePerSms":"0.0450","unicode":false,"createdAt":"2026-04-21T10:15:00Z","brandNew":{"x":1}}}
            """);

        var response = await Api.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hola €") { ClientId = "order-9", AllowUnicode = true });

        var request = Single().RequestMessage;
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.Path, Is.EqualTo(prefix + "/sms"));
        Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse("""{"from":"Acme","to":"+34600111222","text":"Hola €","clientId":"order-9","allowUnicode":true}""")), Is.True, request.Body);
        var sms = response.Value;
        Assert.That(sms.Id, Is.EqualTo("a1b2"));
        Assert.That(sms.Status, Is.EqualTo(SmsStatus.Enqueued));
        Assert.That(sms.PricePerSms, Is.EqualTo(0.045m));
        Assert.That(sms.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 4, 21, 10, 15, 0, TimeSpan.Zero)));
        Assert.That(sms.AdditionalProperties!.ContainsKey("brandNew"), Is.True, "unknown fields are kept");
        Assert.That(response.RequestId, Is.EqualTo("req-wire"));
        Assert.That(response.GetRawText(), Does.Contain("brandNew"));
    }

    [Test]
    public async Task Optional_fields_are_omitted_from_the_json()
    {
        Reply("POST", "/sms", 201, """{"id":"bare-entity","status":"sent"}""");

        var response = await Api.SendSmsAsync(new SmsRequest("Acme", "+34600111222", "Hi"));

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Single().RequestMessage.Body!), JsonNode.Parse("""{"from":"Acme","to":"+34600111222","text":"Hi"}""")), Is.True);
        Assert.That(response.Value.Id, Is.EqualTo("bare-entity"), "a response without the entity wrapper is read too");
    }

    [Test]
    public async Task Bulk_posts_a_bare_array_and_maps_entities_and_errors_by_position()
    {
        Reply("POST", "/sms/bulk", 201, """
            {"entities":[{"id":"m0","to":"+34600000000"},{"id":"m2","to":"+34600000002"}],
             "errors":[{"index":1,"errors":{"text":["Text contains forbidden words"]}}]}
            """);
        var messages = new[]
        {
            new SmsRequest("Acme", "+34600000000", "zero"),
            new SmsRequest("Acme", "+34600000001", "one"),
            new SmsRequest("Acme", "+34600000002", "two"),
        };

        var result = await Api.SendBulkSmsAsync(messages);

        var body = JsonNode.Parse(Single().RequestMessage.Body!)!.AsArray();
        Assert.That(body, Has.Count.EqualTo(3));
        Assert.That(body[1]!["to"]!.GetValue<string>(), Is.EqualTo("+34600000001"));
        Assert.That(result.Items.Select(i => i.Status), Is.EqualTo(new[] { Sdk.Batching.BatchItemStatus.Accepted, Sdk.Batching.BatchItemStatus.Rejected, Sdk.Batching.BatchItemStatus.Accepted }));
        Assert.That(result.Items[1].Errors.Single(), Is.EqualTo(new Instasent.Sdk.Errors.InstasentFieldError("text", "Text contains forbidden words")));
        Assert.That(result.Items[2].Result!.Id, Is.EqualTo("m2"));
    }

    [Test]
    public async Task Bulk_errors_without_a_position_are_matched_by_recipient()
    {
        Reply("POST", "/sms/bulk", 201, """{"entities":[{"id":"m1","to":"+34600000001"}],"errors":[{"message":"blocked"}]}""");

        var result = await Api.SendBulkSmsAsync([new SmsRequest("Acme", "+34600000000", "a"), new SmsRequest("Acme", "+34600000001", "b")]);

        Assert.That(result.Items[0].Status, Is.EqualTo(Sdk.Batching.BatchItemStatus.Rejected));
        Assert.That(result.Items[0].Errors.Single().Message, Is.EqualTo("blocked"));
        Assert.That(result.Items[1].Result!.Id, Is.EqualTo("m1"));
    }

    [Test]
    public async Task List_sends_page_and_per_page_and_reads_entities()
    {
        Reply("GET", "/sms", 200, """{"entities":[{"id":"s1","status":"delivered"},{"id":"s2","status":"brand_new_status"}]}""");

        var page = await Api.ListSmsAsync().AsPages("3", pageSizeHint: 25).FirstAsync();

        var request = Single().RequestMessage;
        Assert.That(request.Path, Is.EqualTo(prefix + "/sms"));
        Assert.That(request.Query!["page"].Single(), Is.EqualTo("3"));
        Assert.That(request.Query["per_page"].Single(), Is.EqualTo("25"));
        Assert.That(page.Items.Select(s => s.Id), Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(page.Items[1].Status.Value, Is.EqualTo("brand_new_status"));
        Assert.That(page.Items[1].Status.IsKnown, Is.False, "unknown statuses are kept, not rejected");
    }

    [Test]
    public async Task Get_sms_escapes_the_id_into_the_path()
    {
        wire.Given(Request.Create().WithPath(new WireMock.Matchers.WildcardMatcher(prefix + "/sms/*")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entity":{"id":"a/b c"}}"""));

        var sms = await Api.GetSmsAsync("a/b c");

        Assert.That(Single().RequestMessage.Url, Does.Contain("/sms/a%2Fb"), "a slash in the id is escaped, so it cannot change the path");
        Assert.That(sms.Value.Id, Is.EqualTo("a/b c"));
    }

    [Test]
    public async Task Lookup_posts_the_number_and_maps_unknown_fields()
    {
        Reply("POST", "/lookup", 201, """{"entity":{"id":"l1","to":"+34600111222","status":"completed","mcc":"214","mnc":"07","ported":true}}""");

        var lookup = await Api.CreateLookupAsync("+34600111222");

        var request = Single().RequestMessage;
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(request.Body!), JsonNode.Parse("""{"to":"+34600111222"}""")), Is.True);
        Assert.That(lookup.Value.Mcc, Is.EqualTo("214"));
        Assert.That(lookup.Value.AdditionalProperties!["ported"].GetBoolean(), Is.True);
    }

    [Test]
    public async Task Get_and_list_lookups()
    {
        Reply("GET", "/lookup/l1", 200, """{"entity":{"id":"l1","status":"completed"}}""");
        Reply("GET", "/lookup", 200, """{"entities":[{"id":"l1"}]}""");

        var one = await Api.GetLookupAsync("l1");
        var page = await Api.ListLookupsAsync().AsPages(pageSizeHint: 10).FirstAsync();

        Assert.That(one.Value.Status, Is.EqualTo("completed"));
        Assert.That(page.Items.Single().Id, Is.EqualTo("l1"));
        Assert.That(wire.LogEntries.Last().RequestMessage.Query!["per_page"].Single(), Is.EqualTo("10"));
    }

    [Test]
    public async Task Account_reads_available_and_currency()
    {
        Reply("GET", "/organization/account", 200, """{"entity":{"available":"1234.5600","currency":"EUR","credit":5}}""");

        var account = await Api.GetBalanceAsync();

        Assert.That(Single().RequestMessage.Method, Is.EqualTo("GET"));
        Assert.That(account.Value.Available, Is.EqualTo(1234.56m));
        Assert.That(account.Value.Currency, Is.EqualTo("EUR"));
    }

    [Test]
    public async Task Price_profiles_use_the_configurable_paths_and_any_shape()
    {
        Reply("GET", "/price/sms", 200, """[{"country":"ES","price":0.05,"currency":"EUR","mccmnc":"21407"}]""");
        Reply("GET", "/price/lookup", 200, """{"entity":{"country":"ES","price":"0.0050"}}""");

        var sms = await Api.GetPricingAsync(PriceProfileKind.Sms);
        var lookups = await Api.GetPricingAsync(PriceProfileKind.Lookup);

        Assert.That(sms.Value.Single().Price, Is.EqualTo(0.05m));
        Assert.That(sms.Value.Single().AdditionalProperties!.ContainsKey("mccmnc"), Is.True);
        Assert.That(lookups.Value.Single().Price, Is.EqualTo(0.005m));
    }

    [Test]
    public async Task Listing_is_lazy_and_stops_on_an_empty_page()
    {
        wire.Given(Request.Create().WithPath(prefix + "/sms").WithParam("page", "1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[{"id":"1"},{"id":"2"}]}"""));
        wire.Given(Request.Create().WithPath(prefix + "/sms").WithParam("page", "2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[{"id":"3"}]}"""));
        wire.Given(Request.Create().WithPath(prefix + "/sms").WithParam("page", "3").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[]}"""));

        var first = await Api.ListSmsAsync().AsPages(pageSizeHint: 2).SelectMany(p => p.Items.ToAsyncEnumerable()).FirstAsync();
        Assert.That(first.Id, Is.EqualTo("1"));
        Assert.That(wire.LogEntries, Has.Count.EqualTo(1), "only the first page was fetched");

        // A short page is not the end (a server may cap per_page below what was asked): the empty page is.
        var all = await Api.ListSmsAsync().AsPages(pageSizeHint: 2).SelectMany(p => p.Items.ToAsyncEnumerable()).Select(s => s.Id).ToListAsync();
        Assert.That(all, Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(wire.LogEntries, Has.Count.EqualTo(1 + 3));
    }
}
