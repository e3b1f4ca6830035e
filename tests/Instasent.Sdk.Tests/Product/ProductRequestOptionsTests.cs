using System.Text.Json;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Product;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Product;

/// <summary>What issue 10 added to the Product surface: per-call options, page-size hints and the convenience send.</summary>
public sealed class ProductRequestOptionsTests
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

    [Test]
    public async Task Request_options_reach_the_wire_on_reads_lists_and_sends()
    {
        await client.Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId).UpsertContactsAsync([new IngestContact("u0"), new IngestContact("u1")]);
        server.ClearRequests();
        var options = new InstasentRequestOptions
        {
            Token = "tenant-token",
            Headers = new Dictionary<string, string> { ["X-Correlation-Id"] = "corr-1" },
        };

        await client.Product.Project.GetProjectAsync(requestOptions: options);
        await client.Product.Audience.ListContactsAsync(requestOptions: options).AsPages(pageSizeHint: 1).ToListAsync();
        await client.Product.Campaigns.ListCampaignsAsync(requestOptions: options).ToListAsync();
        await client.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, "+34600000001", "Hi", requestOptions: options);
        await client.Product.Project.GetOrganizationAsync();

        var withOptions = server.Requests.Take(server.Requests.Count - 1).ToList();
        Assert.That(withOptions, Has.Count.GreaterThanOrEqualTo(5), "project, every scroll page, every campaign page, the send");
        Assert.That(withOptions.Select(r => r.BearerToken), Is.All.EqualTo("tenant-token"));
        Assert.That(withOptions.Select(r => r.Header("X-Correlation-Id")), Is.All.EqualTo("corr-1"));
        Assert.That(server.Requests[^1].BearerToken, Is.Not.EqualTo("tenant-token"), "the options of one call do not leak into the next");
        Assert.That(server.Requests[^1].Header("X-Correlation-Id"), Is.Null);
    }

    [Test]
    public void An_idempotency_key_is_refused_by_the_direct_sms_before_anything_is_sent()
    {
        var options = new InstasentRequestOptions { IdempotencyKey = "key-1" };

        Assert.That(() => client.Product.Messaging.SendSmsAsync(ProductSmsRequest.DefaultSender, "+34600000001", "Hi", requestOptions: options), Throws.ArgumentException.With.Message.Contains("IdempotencyKey"));
        Assert.That(server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task The_page_size_hint_reaches_the_wire_as_the_limit_and_is_clamped_to_100()
    {
        await client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 7).ToListAsync();
        await client.Product.Audience.ListContactsAsync().AsPages(pageSizeHint: 500).ToListAsync();
        await client.Product.Events.ListEventsAsync(new QueryFilter().Take(20)).AsPages(pageSizeHint: 3).ToListAsync();
        await client.Product.Segments.ListSegmentsAsync().AsPages(pageSizeHint: 4).ToListAsync();
        await client.Product.Campaigns.ListCampaignsAsync(new IndexQuery { Limit = 5 }).AsPages(pageSizeHint: 2).FirstAsync();
        await client.Product.Campaigns.ListCampaignsAsync(new IndexQuery { Limit = 5 }).AsPages().FirstAsync();
        await client.Product.Messaging.ListDirectSmsAsync().AsPages(pageSizeHint: 1000).FirstAsync();

        var requests = server.Requests;
        Assert.That(JsonDocument.Parse(requests[0].Body).RootElement.GetProperty("limit").GetInt32(), Is.EqualTo(7));
        Assert.That(JsonDocument.Parse(requests[1].Body).RootElement.GetProperty("limit").GetInt32(), Is.EqualTo(100));
        Assert.That(JsonDocument.Parse(requests[2].Body).RootElement.GetProperty("limit").GetInt32(), Is.EqualTo(3), "the hint wins over the filter's limit");
        Assert.That(requests[3].Query, Does.Contain("_limit=4"));
        Assert.That(requests[4].Query, Does.Contain("_limit=2"), "the hint wins over IndexQuery.Limit");
        Assert.That(requests[5].Query, Does.Contain("_limit=5"));
        Assert.That(requests[6].Query, Does.Contain("_limit=100"));
    }

    [Test]
    public async Task An_index_list_resumes_at_the_offset_its_continuation_token_names()
    {
        for (var i = 0; i < 5; i++)
        {
            server.Audience.AddCampaign(Project, $"c{i}", "Campaign " + i, "sent");
        }

        var all = await client.Product.Campaigns.ListCampaignsAsync().ToListAsync();
        var first = await client.Product.Campaigns.ListCampaignsAsync().AsPages(pageSizeHint: 3).FirstAsync();
        server.ClearRequests();
        var rest = await client.Product.Campaigns.ListCampaignsAsync().AsPages(first.ContinuationToken, pageSizeHint: 3).SelectMany(p => p.Items.ToAsyncEnumerable()).ToListAsync();

        Assert.That(first.ContinuationToken, Is.EqualTo("3"));
        Assert.That(first.Items.Concat(rest).Select(c => c.Id), Is.EqualTo(all.Select(c => c.Id)));
        Assert.That(server.Requests[0].Query, Does.Contain("_start=3&_limit=3"));
    }

    [Test]
    public async Task The_convenience_send_takes_sender_recipient_and_text_in_that_order()
    {
        var sent = await client.Product.Messaging.SendSmsAsync("snd_2", "+34699999999", "Hello");

        Assert.That(sent.Value.AutoCreated, Is.True);
        Assert.That(sent.Value.Sms.Text, Is.EqualTo("Hello"));
        Assert.That(server.Requests.Single().Path, Is.EqualTo("/v1/project/proj_fake/channel/sms/sms/direct/snd_2/+34699999999"));
        Assert.That(server.Requests.Single().Body, Is.EqualTo("{\"text\":\"Hello\"}"));
    }

    [Test]
    public async Task Single_request_lists_are_pageables_with_one_page()
    {
        server.Audience.AddSegment(Project, "vip", "VIP", (_, _) => true, "dynamic");

        var senders = await client.Product.Messaging.ListSmsSendersAsync().AsPages().ToListAsync();
        var dynamic = await client.Product.Segments.ListDynamicSegmentsAsync().AsPages().ToListAsync();

        Assert.That(senders.Single().Items, Has.Count.EqualTo(2));
        Assert.That(senders.Single().ContinuationToken, Is.Null);
        Assert.That(dynamic.Single().Items.Single().Uid, Is.EqualTo("vip"));
        Assert.That(server.Requests, Has.Count.EqualTo(2));
    }
}
