using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

public sealed class IngestDatasourceTests
{
    private const string Project = FakeAudienceState.DefaultProjectId;
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    private ServiceProvider TwoDatasources(Action<InstasentClientOptions>? extra = null)
    {
        server.Audience.RegisterDatasource(Project, "ds_shop", token: "tok-shop");
        server.Audience.RegisterDatasource(Project, "ds_crm", token: "tok-crm");
        return TestClients.Create(server, o =>
        {
            o.Ingest.Datasources["shop"] = new IngestDatasourceOptions { DatasourceId = "ds_shop", Token = "tok-shop" };
            o.Ingest.Datasources["crm"] = new IngestDatasourceOptions { DatasourceId = "ds_crm", Token = "tok-crm" };
            extra?.Invoke(o);
        });
    }

    [Test]
    public async Task Concurrent_calls_on_two_datasources_never_mix_tokens()
    {
        await using var sp = TwoDatasources(o => o.BulkConcurrency = 4);
        var ingest = sp.GetRequiredService<IInstasentClient>().Ingest;
        var shop = ingest.Datasource("shop");
        var crm = ingest.Datasource("CRM");

        var tasks = Enumerable.Range(0, 6).SelectMany(round => new[]
        {
            shop.UpsertContactsAsync(Enumerable.Range(0, 230).Select(i => new IngestContact($"s{round}-{i}"))),
            crm.UpsertContactsAsync(Enumerable.Range(0, 230).Select(i => new IngestContact($"c{round}-{i}"))),
        }).ToList();
        var results = await Task.WhenAll(tasks);

        Assert.That(results.All(r => r.AllAccepted), Is.True);
        var posts = server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.That(posts, Has.Count.EqualTo(36));
        Assert.That(posts.All(r => r.Path.Contains("/datasource/ds_shop/", StringComparison.Ordinal) ? r.BearerToken == "tok-shop" : r.BearerToken == "tok-crm"), Is.True);
        Assert.That(server.Audience.Contacts.All(c => c.DatasourceIds.Single() == (c.UserId.StartsWith('s') ? "ds_shop" : "ds_crm")), Is.True);
    }

    [Test]
    public async Task A_datasource_token_used_on_another_datasource_gets_404_with_a_hint()
    {
        server.Audience.RegisterDatasource(Project, "ds_shop", token: "tok-shop");
        server.Audience.RegisterDatasource(Project, "ds_crm", token: "tok-crm");
        await using var sp = TestClients.Create(server, o => o.Ingest.Datasources["shop"] = new IngestDatasourceOptions { DatasourceId = "ds_crm", Token = "tok-shop" });

        var ex = Assert.ThrowsAsync<InstasentNotFoundException>(() => sp.GetRequiredService<IInstasentClient>().Ingest.Datasource("shop").GetStreamAsync());

        Assert.That(ex!.Message, Does.Contain("datasource token works for its own datasource only"));
        Assert.That(ex.Message, Does.Not.Contain("tok-shop"));
    }

    [Test]
    public async Task Ids_matching_a_registered_datasource_use_its_token_and_others_fall_back_to_the_product_token()
    {
        await using var sp = TwoDatasources();
        var ingest = sp.GetRequiredService<IInstasentClient>().Ingest;

        var registered = await ingest.Datasource(Project, "ds_crm").GetStreamAsync();
        var other = await ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId).GetStreamAsync();

        Assert.That(registered.Value.Token!.Type, Is.EqualTo("datasource"));
        Assert.That(other.Value.Token!.Type, Is.EqualTo("product"));
        Assert.That(server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "tok-crm", "fake-token" }));
    }

    [Test]
    public async Task Stream_probe_specs_get_and_delete_map_requests_and_responses()
    {
        await using var sp = TwoDatasources();
        var shop = sp.GetRequiredService<IInstasentClient>().Ingest.Datasource("shop");
        await shop.UpsertContactsAsync([new IngestContact("u1") { Email = "u1@example.com", FirstName = "Ana" }.WithAttribute("plan", "pro")], new IngestWriteOptions { Sync = true });

        var stream = await shop.GetStreamAsync();
        var attributes = await shop.GetAttributeSpecsAsync();
        var eventSpecs = await shop.GetEventSpecsAsync();
        var parameters = await shop.GetEventParameterSpecsAsync("purchase");
        var contact = await shop.GetContactAsync("u1");
        var deleted = await shop.DeleteContactAsync("u1");

        Assert.That(stream.Value.Datasource!.Id, Is.EqualTo("ds_shop"));
        Assert.That(stream.Value.Project!.Uid, Is.EqualTo(Project));
        Assert.That(stream.Value.Token!.Scopes, Does.Contain("PROJECT_INGEST_WRITE"));
        Assert.That(attributes.Value.Single(a => a.Uid == "_date_registered").IsDate, Is.True);
        Assert.That(eventSpecs.Value.Select(e => e.Uid), Does.Contain("purchase"));
        Assert.That(parameters.Value.Select(p => p.Parameter), Is.EqualTo(new[] { "amount", "currency" }));
        Assert.That(contact.Value.UserId, Is.EqualTo("u1"));
        Assert.That(contact.Value.ContactData!["plan"].GetString(), Is.EqualTo("pro"));
        Assert.That(contact.Value.AudienceId, Is.EqualTo(server.Audience.Contacts[0].AudienceId));
        Assert.That(deleted.Value.Accepted!.Single().Item!.Value.GetString(), Is.EqualTo("u1"));
        Assert.That(server.Audience.ContactCount, Is.Zero);
        Assert.That(server.Requests.Select(r => r.Method + " " + r.Path + r.Query), Is.EqualTo(new[]
        {
            "POST /v1/project/proj_fake/datasource/ds_shop/stream/contacts?_sync=true",
            "GET /v1/project/proj_fake/datasource/ds_shop/stream",
            "GET /v1/project/proj_fake/datasource/ds_shop/stream/specs/attributes",
            "GET /v1/project/proj_fake/datasource/ds_shop/stream/specs/events",
            "GET /v1/project/proj_fake/datasource/ds_shop/stream/specs/event-parameters/purchase",
            "GET /v1/project/proj_fake/datasource/ds_shop/stream/contacts/u1",
            "DELETE /v1/project/proj_fake/datasource/ds_shop/stream/contacts/u1",
        }));
        Assert.That(server.Requests[0].Body, Is.EqualTo("[{\"_user_id\":\"u1\",\"_email\":\"u1@example.com\",\"_first_name\":\"Ana\",\"plan\":\"pro\"}]"));
    }

    [Test]
    public void Unknown_datasource_name_is_an_argument_error_listing_the_registered_ones()
    {
        using var sp = TwoDatasources();

        var ex = Assert.Throws<ArgumentException>(() => sp.GetRequiredService<IInstasentClient>().Ingest.Datasource("nope"));

        Assert.That(ex!.Message, Does.Contain("shop").And.Contain("crm"));
    }

    [Test]
    public void Start_up_validation_explains_bad_datasource_settings()
    {
        var options = new InstasentClientOptions();
        options.Ingest.Datasources["a"] = new IngestDatasourceOptions { Token = "t" };
        options.Ingest.Datasources["b"] = new IngestDatasourceOptions { DatasourceId = "ds", ProjectId = "p" };
        options.Ingest.Datasources["c"] = new IngestDatasourceOptions { DatasourceId = "ds", ProjectId = "p", Token = " t\r\nu" };

        var ex = Assert.Throws<OptionsValidationException>(() => new InstasentClient(options));

        Assert.That(ex!.Failures, Has.Some.Contains("Instasent:Ingest:Datasources:a:DatasourceId is empty"));
        Assert.That(ex.Failures, Has.Some.Contains("Instasent:Ingest:Datasources:a has no project UID"));
        Assert.That(ex.Failures, Has.Some.Contains("Instasent:Ingest:Datasources:b has no token"));
        Assert.That(ex.Failures, Has.Some.Contains("Instasent:Ingest:Datasources:c:Token contains control characters"));
    }

    [Test]
    public async Task Datasources_bind_from_configuration_and_only_datasource_tokens_are_enough()
    {
        server.Audience.RegisterDatasource("proj_cfg", "ds_9", token: "tok-9");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instasent:AllowInsecureHttp"] = "true",
            ["Instasent:Ingest:BaseAddress"] = server.ProductBaseAddress.ToString(),
            ["Instasent:Ingest:ProjectId"] = "proj_cfg",
            ["Instasent:Ingest:Datasources:Shop:DatasourceId"] = "ds_9",
            ["Instasent:Ingest:Datasources:Shop:Token"] = "tok-9",
        }).Build();
        var services = new ServiceCollection();
        services.AddInstasentClient(configuration.GetSection("Instasent"));
        await using var sp = services.BuildServiceProvider();

        var client = sp.GetRequiredService<IInstasentClient>().Ingest.Datasource("shop");
        var result = await client.UpsertContactsAsync([new IngestContact("x")]);

        Assert.That(client.ProjectId, Is.EqualTo("proj_cfg"));
        Assert.That(result.AllAccepted, Is.True);
        Assert.That(server.Requests.Single().BearerToken, Is.EqualTo("tok-9"));
        Assert.That(sp.GetRequiredService<IOptionsMonitor<InstasentClientOptions>>().CurrentValue.ToString(), Does.Not.Contain("tok-9"));
    }
}
