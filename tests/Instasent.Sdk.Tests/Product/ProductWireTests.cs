using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Product;
using Instasent.Sdk.Tests.Support;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Instasent.Sdk.Tests.Product;

/// <summary>Exact wire checks and the documented response conflicts, against WireMock.</summary>
public sealed class ProductWireTests
{
    private WireMockServer mock = null!;
    private ServiceProvider provider = null!;
    private IInstasentClient client = null!;

    [SetUp]
    public async Task SetUp()
    {
        mock = WireMockServer.Start();
        await using var dummy = await InstasentFakeServer.StartAsync();
        provider = TestClients.Create(dummy, o =>
        {
            o.Product.BaseAddress = new Uri(mock.Url! + "/v1");
            o.Product.Token = "product-token";
            o.Product.ProjectId = "p1";
            o.Ingest.BaseAddress = new Uri(mock.Url! + "/v1");
            o.Ingest.ProjectId = "p1";
            o.Ingest.Datasources["shop"] = new IngestDatasourceOptions { DatasourceId = "ds1" };
        });
        client = provider.GetRequiredService<IInstasentClient>();
    }

    [TearDown]
    public async Task TearDown()
    {
        await provider.DisposeAsync();
        mock.Stop();
        mock.Dispose();
    }

    private void Answer(string path, int status, string body, string method = "GET") =>
        mock.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    [Test]
    public async Task Search_by_phone_reads_a_single_flattened_entity()
    {
        Answer("/v1/project/p1/audience/search/phone/*", 200, """{"entity":{"id":"aud_9","_user_id":"U9","_email":"a@b.co","_phone_mobile":"+34600000009","vip":true}}""");

        var response = await client.Product.Audience.SearchByPhoneAsync("+34600000009");

        var request = mock.LogEntries.Single().RequestMessage!;
        Assert.That(request.Headers!["Authorization"].Single(), Is.EqualTo("Bearer product-token"));
        var contact = response.Value.Single();
        Assert.That(contact.UserId, Is.EqualTo("U9"));
        Assert.That(contact.GetBoolean("vip"), Is.True);
        Assert.That(response.GetRawText(), Does.Contain("\"vip\":true"));
    }

    [Test]
    public async Task Search_by_email_reads_an_entities_list_with_attributes_data()
    {
        Answer("/v1/project/p1/audience/search/email/*", 200, """{"entities":[{"id":"aud_1","attributesData":{"_user_id":"U1","_email":"x+tag@example.com","_client_tags":["a","b"]},"unknownTop":1,"createdAt":"2025-01-02 03:04:05"}],"metadata":{"limit":10,"offset":0,"totalHits":1}}""");

        var response = await client.Product.Audience.SearchByEmailAsync("x+tag@example.com");

        var contact = response.Value.Single();
        Assert.That(contact.Email, Is.EqualTo("x+tag@example.com"));
        Assert.That(contact.Attributes["_client_tags"].GetArrayLength(), Is.EqualTo(2));
        Assert.That(contact.AdditionalProperties!["unknownTop"].GetInt32(), Is.EqualTo(1));
        Assert.That(contact.CreatedAt, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)));
    }

    [Test]
    public void Forbidden_maps_to_the_permission_exception_explaining_both_causes()
    {
        Answer("/v1/project/p1/audience/u1", 403, """{"message":"Forbidden"}""");

        var ex = Assert.ThrowsAsync<InstasentPermissionDeniedException>(() => client.Product.Audience.GetContactAsync("u1"));

        Assert.That(ex!.Message, Does.Contain("scope").And.Contain("PROJECT_AUDIENCE_DATA_"));
        Assert.That(ex.ApiMessage, Is.EqualTo("Forbidden"));
        Assert.That(ex.Message, Does.Not.Contain("product-token"));
    }

    [Test]
    public async Task Scroll_sends_limit_and_cursor_and_stops_on_null_cursor()
    {
        mock.Given(Request.Create().WithPath("/v1/project/p1/audience/scroll").UsingPost().WithBody(b => b is not null && !b.Contains("cursor", StringComparison.Ordinal)))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[{"id":"a1"},{"id":"a2"}],"metadata":{"cursor":"CUR-2","limit":2,"totalHits":3}}"""));
        mock.Given(Request.Create().WithPath("/v1/project/p1/audience/scroll").UsingPost().WithBody(b => b is not null && b.Contains("\"cursor\":\"CUR-2\"", StringComparison.Ordinal)))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"entities":[{"id":"a3"}],"metadata":{"cursor":null,"limit":2,"totalHits":3}}"""));

        var ids = await client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 2).SelectMany(p => p.Items.ToAsyncEnumerable()).Select(c => c.Id).ToListAsync();

        Assert.That(ids, Is.EqualTo(new[] { "a1", "a2", "a3" }));
        Assert.That(mock.LogEntries.Select(e => e.RequestMessage!.Body), Is.EqualTo(new[]
        {
            """{"version":"0.0.1","root":{"type":"group","join":"and","children":[]},"limit":2}""",
            """{"version":"0.0.1","root":{"type":"group","join":"and","children":[]},"limit":2,"cursor":"CUR-2"}""",
        }));
    }

    [Test]
    public async Task Ingest_documented_items_without_one_per_record_are_matched_by_user_id()
    {
        Answer("/v1/project/p1/datasource/ds1/stream/contacts", 202, """{"entity":{"successful":1,"failed":1,"items":[{"status":"error","_user_id":"B","errors":{"_email":["Invalid format"]}},{"status":"success","_user_id":"A"}]}}""", "POST");

        var result = await client.Ingest.Datasource("shop").UpsertContactsAsync([new IngestContact("A"), new IngestContact("B"), new IngestContact("C")]);

        Assert.That(result.Items[0].Status, Is.EqualTo(Sdk.Batching.BatchItemStatus.Accepted));
        Assert.That(result.Items[1].Errors.Single(), Is.EqualTo(new InstasentFieldError("_email", "Invalid format")));
        Assert.That(result.Items[2].Status, Is.EqualTo(Sdk.Batching.BatchItemStatus.Unknown), "the answer did not mention C");
        Assert.That(result.Items[2].IsSafeToResend, Is.True, "upserts are keyed by _user_id: sending C again cannot store it twice");
        Assert.That(mock.LogEntries.Single().RequestMessage!.Headers!["Authorization"].Single(), Is.EqualTo("Bearer product-token"), "no datasource token: the Product token is used");
    }

    [Test]
    public async Task Ingest_queued_answer_without_detail_accepts_the_batch()
    {
        mock.Given(Request.Create().WithPath("/v1/project/p1/datasource/ds1/stream/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));

        var result = await client.Ingest.Datasource("shop").AppendEventsAsync([new IngestEvent("A", "purchase", DateTimeOffset.UnixEpoch.AddYears(50))]);

        Assert.That(result.AllAccepted, Is.True);
    }
}
