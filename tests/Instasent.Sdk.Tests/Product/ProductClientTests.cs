using System.Text.Json;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Product;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Product;

public sealed class ProductClientTests
{
    private const string Project = FakeAudienceState.DefaultProjectId;
    private InstasentFakeServer server = null!;
    private ServiceProvider provider = null!;
    private IInstasentClient client = null!;

    [SetUp]
    public async Task SetUp()
    {
        server = await InstasentFakeServer.StartAsync();
        provider = TestClients.Create(server);
        client = provider.GetRequiredService<IInstasentClient>();
    }

    [TearDown]
    public async Task TearDown()
    {
        await provider.DisposeAsync();
        await server.DisposeAsync();
    }

    private async Task<BatchResultSummary> IngestAsync(int count)
    {
        var contacts = Enumerable.Range(0, count).Select(i => new IngestContact($"u{i}")
        {
            Email = $"user{i}@{(i % 2 == 0 ? "yahoo.com" : "example.com")}",
            PhoneMobile = $"+3460{i:D7}",
            FirstName = $"Name{i}",
        }.WithAttribute("age", 20 + i).WithAttribute("plan", i % 3 == 0 ? "pro" : "free")).ToList();
        var result = await client.Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId).UpsertContactsAsync(contacts);
        server.ClearRequests();
        return new BatchResultSummary(result.AcceptedCount);
    }

    private sealed record BatchResultSummary(int Accepted);

    [Test]
    public async Task Organization_project_and_specs()
    {
        var org = await client.Product.Project.GetOrganizationAsync();
        var project = await client.Product.Project.GetProjectAsync();
        var attributes = await client.Product.Project.GetAttributeSpecsAsync();
        var events = await client.Product.Project.GetEventSpecsAsync();
        var parameters = await client.Product.Project.GetEventParameterSpecsAsync("purchase", Project);

        Assert.That(org.Value.Id, Is.EqualTo("7"), "numeric ids are read as text");
        Assert.That(org.Value.Projects.Single().Uid, Is.EqualTo(Project));
        Assert.That(org.Value.Scopes, Does.Contain("PROJECT_AUDIENCE_READ"));
        Assert.That(project.Value.Timezone, Is.EqualTo("Europe/Madrid"));
        Assert.That(project.Value.UniqueAttributes!.Value.GetArrayLength(), Is.EqualTo(3));
        Assert.That(attributes.Value.Single(a => a.Uid == "_email").Unique, Is.True);
        Assert.That(events.Value.Select(e => e.Uid), Is.EqualTo(new[] { "purchase", "page_view" }));
        Assert.That(parameters.Value.Single(p => p.Parameter == "currency").MaxLength, Is.EqualTo(3));
        Assert.That(server.Requests.Select(r => r.Path), Is.EqualTo(new[]
        {
            "/v1/", "/v1/project/proj_fake", "/v1/project/proj_fake/specs/attributes", "/v1/project/proj_fake/specs/events", "/v1/project/proj_fake/specs/events/purchase",
        }));
    }

    [Test]
    public async Task Datasources_list_create_get_and_stats()
    {
        await IngestAsync(3);
        var created = await client.Product.Project.CreateDatasourceAsync(new DatasourceCreateRequest("CRM", ["crm"]) { DefaultCountry = "ES" });
        var list = await client.Product.Project.ListDatasourcesAsync(new IndexQuery { Limit = 1 }.OrderBy("name", descending: true)).ToListAsync();
        var one = await client.Product.Project.GetDatasourceAsync(created.Value.Id!);
        var stats = await client.Product.Project.GetDatasourceStatsAsync(FakeAudienceState.DefaultDatasourceId);

        Assert.That(created.StatusCode, Is.EqualTo(201));
        Assert.That(created.Value.AudienceTags, Is.EqualTo(new[] { "crm" }));
        Assert.That(list.Select(d => d.Name), Is.EqualTo(new[] { FakeAudienceState.DefaultDatasourceId, "CRM" }));
        Assert.That(one.Value.Name, Is.EqualTo("CRM"));
        Assert.That(stats.Value.Contacts!.Total, Is.EqualTo(3));
        Assert.That(server.Requests[0].Body, Is.EqualTo("{\"name\":\"CRM\",\"audienceTags\":[\"crm\"],\"defaultCountry\":\"ES\"}"));
        Assert.That(server.Requests.Where(r => r.Method == "GET" && r.Path.EndsWith("/datasource", StringComparison.Ordinal)).Select(r => r.Query), Is.EqualTo(new[]
        {
            "?_sort=name%3A-&_start=0&_limit=1", "?_sort=name%3A-&_start=1&_limit=1",
        }));
    }

    [Test]
    public async Task Contacts_upserted_through_ingest_are_found_by_every_audience_read()
    {
        await IngestAsync(5);
        var audienceId = server.Audience.FindByUserId(Project, "u2")!.AudienceId;

        var byId = await client.Product.Audience.GetContactAsync(audienceId);
        var byUser = await client.Product.Audience.GetContactByUserIdAsync("u2");
        var byEmail = await client.Product.Audience.GetContactByUserIdAsync("user2@yahoo.com");
        var byPhone = await client.Product.Audience.SearchByPhoneAsync("+34600000002");
        var byMail = await client.Product.Audience.SearchByEmailAsync("user2@yahoo.com");

        Assert.That(byId.Value.UserId, Is.EqualTo("u2"));
        Assert.That(byId.Value.FirstName, Is.EqualTo("Name2"));
        Assert.That(byId.Value.Attributes["age"].GetInt32(), Is.EqualTo(22));
        Assert.That(byUser.Value.Id, Is.EqualTo(audienceId));
        Assert.That(byEmail.Value.Id, Is.EqualTo(audienceId));
        Assert.That(byPhone.Value.Single().Id, Is.EqualTo(audienceId));
        Assert.That(byMail.Value.Single().PhoneMobile, Is.EqualTo("+34600000002"));
        Assert.That(byId.Value.ToString(), Does.Not.Contain("+34600000002").And.Not.Contain("user2@"));
        Assert.That(server.Requests[3].RawTarget, Is.EqualTo("/v1/project/proj_fake/audience/search/phone/%2B34600000002"));
        Assert.That(server.Requests[4].RawTarget, Is.EqualTo("/v1/project/proj_fake/audience/search/email/user2%40yahoo.com"));
    }

    [Test]
    public async Task Flattened_attributes_are_read_as_well()
    {
        await IngestAsync(1);
        server.Audience.FlattenContactAttributes = true;

        var contact = await client.Product.Audience.GetContactByUserIdAsync("u0");

        Assert.That(contact.Value.AttributesData, Is.Null);
        Assert.That(contact.Value.Email, Is.EqualTo("user0@yahoo.com"));
        Assert.That(contact.Value.GetString("plan"), Is.EqualTo("pro"));
    }

    [Test]
    public async Task Search_with_filter_sends_the_filter_and_reads_total_hits()
    {
        await IngestAsync(20);
        var filter = QueryFilter.Where(FilterJoin.And, g => g
                .Attribute("_email", FilterOperator.Contains, "yahoo")
                .AttributeNumberRange("age", 25, null))
            .SortBy("_user_id").Take(3).Skip(1);

        var result = await client.Product.Audience.SearchContactsAsync(filter);

        Assert.That(result.Value.TotalHits, Is.EqualTo(7));
        Assert.That(result.Value.Offset, Is.EqualTo(1));
        Assert.That(result.Value.Items.Select(c => c.UserId), Is.EqualTo(new[] { "u12", "u14", "u16" }));
        Assert.That(server.Requests.Single().Body, Is.EqualTo(filter.ToJson()));
        Assert.That(() => client.Product.Audience.SearchContactsAsync(new QueryFilter().Take(51)), Throws.ArgumentException.With.Message.Contains("scroll"));
    }

    [Test]
    public async Task Scroll_follows_the_cursor_until_it_is_null()
    {
        await IngestAsync(25);

        var all = await client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 10).SelectMany(p => p.Items.ToAsyncEnumerable()).ToListAsync();
        var pro = await client.Product.Audience.ListContactsAsync(QueryFilter.Where(FilterJoin.And, g => g.AttributeMatches("plan", false, "pro")).Take(3)).ToListAsync();

        Assert.That(all.Select(c => c.UserId), Is.EqualTo(Enumerable.Range(0, 25).Select(i => $"u{i}")));
        Assert.That(pro.Select(c => c.UserId), Is.EqualTo(new[] { "u0", "u3", "u6", "u9", "u12", "u15", "u18", "u21", "u24" }));
        var bodies = server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.That(bodies.Take(3).Select(b => b.TryGetProperty("cursor", out var c) ? c.GetString() : null), Is.EqualTo(new[] { null, "10.25", "20.25" }));
        Assert.That(bodies.All(b => !b.TryGetProperty("offset", out _)), Is.True);
        Assert.That(server.Requests.Count, Is.EqualTo(3 + 3));
        Assert.That(() => client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task A_scroll_resumes_from_a_continuation_token_stored_by_an_earlier_client()
    {
        await IngestAsync(3);

        var first = await client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 2).FirstAsync();
        var stored = first.ContinuationToken;
        await using var restarted = TestClients.Create(server);
        var rest = await restarted.GetRequiredService<IInstasentClient>().Product.Audience.ListContactsAsync().AsPages(stored, pageSizeHint: 2).ToListAsync();

        Assert.That(first.Items.Select(c => c.UserId), Is.EqualTo(new[] { "u0", "u1" }));
        Assert.That(stored, Is.Not.Null.And.Not.Empty);
        Assert.That(first.Response.GetRawText(), Does.Contain("\"totalHits\":3"), "the total stays reachable on the page's response");
        Assert.That(rest.Single().Items.Single().UserId, Is.EqualTo("u2"));
        Assert.That(rest.Single().ContinuationToken, Is.Null);
        Assert.That(JsonDocument.Parse(server.Requests[1].Body).RootElement.GetProperty("cursor").GetString(), Is.EqualTo(stored));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Segment_scroll_passes_the_dynamic_parameter()
    {
        await IngestAsync(10);
        server.Audience.AddSegment(Project, "by_plan", "By plan", (c, p) => c.GetAttribute("plan") == p, "dynamic");

        var pro = await client.Product.Segments.ListContactsAsync("by_plan", parameter: "pro", filter: new QueryFilter().Take(2)).ToListAsync();
        var segment = await client.Product.Segments.GetSegmentAsync("by_plan", "pro");
        var segments = await client.Product.Segments.ListSegmentsAsync().ToListAsync();
        var dynamic = await client.Product.Segments.ListDynamicSegmentsAsync().ToListAsync();

        Assert.That(pro.Select(c => c.UserId), Is.EqualTo(new[] { "u0", "u3", "u6", "u9" }));
        Assert.That(server.Requests[0].Path + server.Requests[0].Query, Is.EqualTo("/v1/project/proj_fake/audience/segment/by_plan/scroll?parameter=pro"));
        Assert.That(segment.Value.Type, Is.EqualTo("dynamic"));
        Assert.That(segments.Single().Name, Is.EqualTo("By plan"));
        Assert.That(dynamic.Single().Uid, Is.EqualTo("by_plan"));
        Assert.ThrowsAsync<InstasentNotFoundException>(async () => await client.Product.Segments.ListContactsAsync("missing").ToListAsync());
    }

    [Test]
    public async Task Aggregations_and_contact_events()
    {
        await IngestAsync(4);
        await client.Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId).AppendEventsAsync(
            [new IngestEvent("u1", "purchase", DateTimeOffset.UtcNow).WithParameter("amount", 10), new IngestEvent("u1", "page_view", DateTimeOffset.UtcNow)]);
        var audienceId = server.Audience.FindByUserId(Project, "u1")!.AudienceId;
        using var aggregations = JsonDocument.Parse("""{"plans":{"type":"terms","field":"plan"}}""");

        var result = await client.Product.Audience.AggregateAsync(aggregations.RootElement, QueryFilter.Where(FilterJoin.And, g => g.AttributeMatches("plan", false, "free")));
        var events = await client.Product.Events.GetContactEventsAsync(audienceId);

        Assert.That(result.Value.TotalHits, Is.EqualTo(2));
        Assert.That(result.Value.Results["plans"].GetProperty("docCount").GetInt32(), Is.EqualTo(2));
        Assert.That(server.Requests.First(r => r.Path.EndsWith("/aggregations", StringComparison.Ordinal)).Body, Does.StartWith("{\"root\":{\"type\":\"group\"").And.Contain("\"aggregations\":{\"plans\":"));
        Assert.That(events.Value.GetProperty("entity").GetProperty("purchase")[0].GetProperty("_event_type").GetString(), Is.EqualTo("purchase"));
    }

    [Test]
    public async Task Event_search_and_scroll_use_the_event_filter()
    {
        await IngestAsync(2);
        var date = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        await client.Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId).AppendEventsAsync(
            Enumerable.Range(0, 7).Select(i => new IngestEvent($"u{i % 2}", i % 2 == 0 ? "purchase" : "page_view", date.AddMinutes(i)).WithParameter("amount", i * 10)));
        server.ClearRequests();

        var search = await client.Product.Events.SearchEventsAsync(QueryFilter.Where(FilterJoin.And, g => g.EventType("purchase")).Take(2));
        var scrolled = await client.Product.Events.ListEventsAsync(QueryFilter.Where(FilterJoin.And, g => g.EventNumberRange("purchase.amount", 20, null))).AsPages(pageSizeHint: 1).SelectMany(p => p.Items.ToAsyncEnumerable()).ToListAsync();

        Assert.That(search.Value.TotalHits, Is.EqualTo(4));
        Assert.That(search.Value.Items.Select(e => e.Type), Is.EqualTo(new[] { "purchase", "purchase" }));
        Assert.That(search.Value.Items[0].AudienceId, Is.EqualTo(server.Audience.FindByUserId(Project, "u0")!.AudienceId));
        Assert.That(scrolled.Select(e => e.Parameters!["amount"].GetInt32()), Is.EqualTo(new[] { 20, 40, 60 }));
        Assert.That(scrolled[0].EventDate, Is.EqualTo(date.AddMinutes(2)));
        Assert.That(server.Requests.Skip(1).All(r => r.Path == "/v1/project/proj_fake/event/scroll"), Is.True);
    }

    [Test]
    public async Task Stream_actions_send_audience_id_reason_utm_and_sync()
    {
        await IngestAsync(1);
        var id = server.Audience.FindByUserId(Project, "u0")!.AudienceId;

        var subscribed = await client.Product.Audience.SubscribeSmsAsync(id);
        var unsubscribed = await client.Product.Audience.UnsubscribeSmsAsync(id, new UnsubscribeOptions { Reason = "too many", UtmSource = "app", UtmMedium = "push", UtmCampaign = "spring", Sync = true });
        await client.Product.Audience.SubscribeEmailAsync(id, sync: true);
        await client.Product.Audience.UnsubscribeEmailAsync(id);
        var deleted = await client.Product.Audience.DeleteContactAsync(id);

        Assert.That(subscribed.Value.Queued, Is.True);
        Assert.That(unsubscribed.StatusCode, Is.EqualTo(200));
        Assert.That(server.Requests.Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..] + r.Query), Is.EqualTo(new[]
        {
            "sms-subscribe", "sms-unsubscribe?_sync=true", "email-subscribe?_sync=true", "email-unsubscribe", "delete-contact",
        }));
        Assert.That(server.Requests[1].Body, Is.EqualTo($"{{\"audienceId\":\"{id}\",\"reason\":\"too many\",\"utm-source\":\"app\",\"utm-medium\":\"push\",\"utm-campaign\":\"spring\"}}"));
        Assert.That(server.Requests[0].Body, Is.EqualTo($"{{\"audienceId\":\"{id}\"}}"));
        Assert.That(deleted.Value.Body!.Value.GetProperty("entity").GetProperty("action").GetString(), Is.EqualTo("delete-contact"));
        Assert.That(server.Audience.ContactCount, Is.Zero);
    }

    [Test]
    public async Task Campaigns_automations_and_senders()
    {
        var sent = await client.Product.Campaigns.ListCampaignsAsync(new IndexQuery().Where("status", IndexOperator.Equal, "sent")).ToListAsync();
        var campaign = await client.Product.Campaigns.GetCampaignAsync("102");
        var automations = await client.Product.Campaigns.ListAutomationsAsync().ToListAsync();
        var automation = await client.Product.Campaigns.GetAutomationAsync("201");
        var senders = await client.Product.Messaging.ListSmsSendersAsync().ToListAsync();

        Assert.That(sent.Single().Title, Is.EqualTo("Welcome"));
        Assert.That(campaign.Value.Status, Is.EqualTo(CampaignStatus.Draft));
        Assert.That(automations.Single().Status, Is.EqualTo(AutomationStatus.Active));
        Assert.That(automation.Value.Title, Is.EqualTo("Abandoned cart"));
        Assert.That(senders, Has.Count.EqualTo(2));
        Assert.That(senders.Single(s => s.IsDefault == true).Id, Is.EqualTo("snd_1"));
        Assert.That(senders.Single(s => s.IsDefault == false).Status, Is.EqualTo(SmsSenderStatus.Active));
        Assert.That(server.Requests[0].Query, Is.EqualTo("?status_eq=sent&_start=0&_limit=100"));
        Assert.That(() => new IndexQuery().Where("_start", IndexOperator.Equal, "1"), Throws.ArgumentException.With.Message.Contains("reserved"));
    }

    [Test]
    public async Task Direct_sms_to_a_contact_or_a_phone_and_every_sms_read()
    {
        await IngestAsync(1);
        var id = server.Audience.FindByUserId(Project, "u0")!.AudienceId;

        var toContact = await client.Product.Messaging.SendSmsAsync(new ProductSmsRequest(ProductSmsRequest.DefaultSender, id, "Hello") { UtmTerm = "spring" });
        var toPhone = await client.Product.Messaging.SendSmsAsync(new ProductSmsRequest("snd_2", "+34699999999", "Hola ñ") { AllowUnicode = true });
        var one = await client.Product.Messaging.GetSmsAsync(toContact.Value.Sms.Id);
        var byAudience = await client.Product.Messaging.ListSmsByAudienceAsync(id).ToListAsync();
        var direct = await client.Product.Messaging.ListDirectSmsAsync().ToListAsync();
        var directUtm = await client.Product.Messaging.ListDirectSmsAsync("spring").ToListAsync();
        var bySend = await client.Product.Messaging.ListSmsBySendAsync("send_1").ToListAsync();
        var byCampaign = await client.Product.Messaging.ListSmsByCampaignAsync("101", 1).ToListAsync();
        var byAutomation = await client.Product.Messaging.ListSmsByAutomationAsync("201", 2).ToListAsync();

        Assert.That(toContact.StatusCode, Is.EqualTo(201));
        Assert.That(toContact.Value.AudienceId, Is.EqualTo(id));
        Assert.That(toContact.Value.AutoCreated, Is.False);
        Assert.That(toPhone.Value.AutoCreated, Is.True);
        Assert.That(toPhone.Value.Sms.From, Is.EqualTo("AcmeNews"));
        Assert.That(one.Value.Text, Is.EqualTo("Hello"));
        Assert.That(byAudience.Single().Id, Is.EqualTo(toContact.Value.Sms.Id));
        Assert.That(direct, Has.Count.EqualTo(2));
        Assert.That(directUtm.Single().Id, Is.EqualTo(toContact.Value.Sms.Id));
        Assert.That(bySend.Concat(byCampaign).Concat(byAutomation), Is.Empty);
        Assert.That(server.Requests.Select(r => r.Method + " " + r.Path), Is.EqualTo(new[]
        {
            $"POST /v1/project/proj_fake/channel/sms/sms/direct/default/{id}/spring",
            "POST /v1/project/proj_fake/channel/sms/sms/direct/snd_2/+34699999999",
            $"GET /v1/project/proj_fake/channel/sms/sms/{toContact.Value.Sms.Id}",
            // metadata.count equal to the page may be the page's own size, so the empty page after it ends the list.
            $"GET /v1/project/proj_fake/channel/sms/sms/audience/{id}",
            $"GET /v1/project/proj_fake/channel/sms/sms/audience/{id}",
            "GET /v1/project/proj_fake/channel/sms/sms/direct",
            "GET /v1/project/proj_fake/channel/sms/sms/direct",
            "GET /v1/project/proj_fake/channel/sms/sms/direct/spring",
            "GET /v1/project/proj_fake/channel/sms/sms/direct/spring",
            "GET /v1/project/proj_fake/channel/sms/sms/send/send_1",
            "GET /v1/project/proj_fake/channel/sms/sms/campaign/101/1",
            "GET /v1/project/proj_fake/channel/sms/sms/automation/201/2",
        }));
        Assert.That(server.Requests[1].Body, Is.EqualTo("{\"text\":\"Hola \\u00F1\",\"allowUnicode\":true}"));
        Assert.That(server.Audience.DirectSms, Has.Count.EqualTo(2));
    }

    [Test]
    public void Direct_sms_checks_its_arguments_before_sending()
    {
        Assert.That(() => client.Product.Messaging.SendSmsAsync(new ProductSmsRequest(ProductSmsRequest.DefaultSender, "aud_1", "x") { UtmTerm = new string('u', 41) }), Throws.ArgumentException.With.Message.Contains("UtmTerm"));
        Assert.That(() => client.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, "+34 600", "x"), Throws.ArgumentException.With.Message.Contains("E.164"));
        Assert.That(() => client.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, "aud_1", ""), Throws.ArgumentException.With.Message.Contains("Text"));
        Assert.That(server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task Direct_sms_is_not_retried_on_a_server_error()
    {
        await IngestAsync(1);
        server.EnqueueFault(FakeFault.ServerError(500) with { Times = 3 });

        var ex = Assert.ThrowsAsync<InstasentServerException>(() => client.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, "+34611111111", "Hi"));

        Assert.That(ex!.Attempts, Has.Count.EqualTo(1));
        Assert.That(ex.Operation, Is.EqualTo("Product.SendDirectSms"));
        Assert.That(ex.Message, Does.Contain("not safe to repeat"));
    }

    [Test]
    public async Task Unsubscribe_is_retried_after_a_server_error_because_it_is_idempotent()
    {
        await IngestAsync(1);
        var id = server.Audience.FindByUserId(Project, "u0")!.AudienceId;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var sp = TestClients.Create(server, time: time);
        server.EnqueueFault(FakeFault.ServerError(502) with { PathEndsWith = "/sms-unsubscribe" });

        var response = await TestClients.RunWithFakeTimeAsync(sp.GetRequiredService<IInstasentClient>().Product.Audience.UnsubscribeSmsAsync(id), time, TimeSpan.FromMilliseconds(500));

        Assert.That(response.Attempts.Select(a => a.StatusCode), Is.EqualTo(new int?[] { 502, 202 }));
        Assert.That(server.Audience.Contacts[0].GetAttribute("_is_subscribed_sms"), Is.EqualTo("false"));
    }

    [Test]
    public async Task Missing_project_is_an_argument_error_and_an_explicit_project_wins()
    {
        await using var sp = TestClients.Create(server, o => o.Product.ProjectId = null);
        var product = sp.GetRequiredService<IInstasentClient>().Product;

        Assert.That(() => product.Project.GetProjectAsync(), Throws.ArgumentException.With.Message.Contains("Instasent:Product:ProjectId"));
        var project = await product.Project.GetProjectAsync(Project);
        Assert.That(project.Value.Uid, Is.EqualTo(Project));
    }

    [Test]
    public async Task Invalid_filter_maps_to_bad_request_with_the_server_message()
    {
        var ex = Assert.ThrowsAsync<InstasentBadRequestException>(() => client.Product.Audience.SearchContactsAsync(QueryFilter.Where(FilterJoin.And, g => g.Attribute("x", FilterOperator.FromWire("nope"), "y"))));

        Assert.That(ex!.ApiMessage, Does.StartWith("Invalid query filter"));
        await Task.CompletedTask;
    }
}
