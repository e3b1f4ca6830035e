using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Paging;
using Instasent.Sdk.Product;
using Instasent.Sdk.Product.Filters;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Paging;

/// <summary>
/// Every list of every family against servers that cap the page size, ignore the page parameter or cycle their cursors
/// (the paging rows of variance.md). A list never ends on a short page, and a list that would repeat or loop ends with
/// <see cref="InstasentPagingException"/> after a bounded number of requests.
/// </summary>
public sealed class ListPagingTests : FakeServerFixture
{
    private const int Items = 25;

    // Far more than any correct listing here reads: a client that loops is stopped by the test, not by a hang.
    private const int Bound = 500;

    private IInstasentClient client = null!;

    private FakeServerVariance Variance => Server.Options.Variance;

    [SetUp]
    public void CreateSdkClient() => client = CreateClient();

    [TestCase("Transactional")]
    [TestCase("Legacy")]
    public async Task Sms_lists_read_every_message_when_the_server_caps_pages(string family)
    {
        var sms = SmsClient(family);
        await SeedSmsAsync(sms);
        Variance.MaxPageSize = 10;
        Server.ClearRequests();

        var listed = await sms.ListSmsAsync().Take(Bound).ToListAsync();

        Assert.That(listed.Select(s => s.Id).Distinct().Count(), Is.EqualTo(Items), "a page shorter than asked for is not the end");
        // Three capped pages, then the empty page that ends a list whose API reports no end.
        Assert.That(Server.Requests, Has.Count.EqualTo(4));
        Assert.That(Server.Requests[^1].Query, Does.Contain("page=4"));
    }

    [Test]
    public async Task Sms_lookups_are_read_in_full_when_the_server_caps_pages()
    {
        for (var i = 0; i < 12; i++)
        {
            await client.Transactional.CreateLookupAsync($"+3460000{i:D4}");
        }

        Variance.MaxPageSize = 5;

        var lookups = await client.Transactional.ListLookupsAsync().Take(Bound).ToListAsync();

        Assert.That(lookups.Select(l => l.Id).Distinct().Count(), Is.EqualTo(12));
    }

    [Test]
    public async Task A_normal_sms_list_costs_one_empty_page_more_than_its_full_pages()
    {
        await SeedSmsAsync(client.Transactional);
        Server.ClearRequests();

        var listed = await client.Transactional.ListSmsAsync().AsPages(pageSizeHint: 10).SelectMany(p => p.Items.ToAsyncEnumerable()).Take(Bound).ToListAsync();

        Assert.That(listed, Has.Count.EqualTo(Items));
        // Instasent reports no total and no end: pages of 10, 10, 5, then an empty page. The old "short page" rule
        // saved that last request but truncated lists on any server that caps per_page.
        Assert.That(Server.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task Sms_listing_stays_lazy()
    {
        await SeedSmsAsync(client.Transactional);
        Server.ClearRequests();

        var first = await client.Transactional.ListSmsAsync().AsPages(pageSizeHint: 10).SelectMany(p => p.Items.ToAsyncEnumerable()).FirstAsync();

        Assert.That(first.Id, Is.Not.Empty);
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("Transactional")]
    [TestCase("Legacy")]
    public async Task An_sms_server_that_ignores_the_page_parameter_ends_the_list_with_a_typed_exception(string family)
    {
        var sms = SmsClient(family);
        await SeedSmsAsync(sms);
        Variance.IgnorePageParameter = true;
        Server.ClearRequests();
        var read = new List<Instasent.Sdk.Sms.SmsMessage>();

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () =>
        {
            await foreach (var item in sms.ListSmsAsync().AsPages(pageSizeHint: 10).SelectMany(p => p.Items.ToAsyncEnumerable()).Take(Bound))
            {
                read.Add(item);
            }
        });

        Assert.That(ex!.Kind, Is.EqualTo(PagingFailureKind.RepeatedPage));
        Assert.That(ex.PageNumber, Is.EqualTo(3), "one repeat is forgiven (a busy list shifts), the second ends it");
        Assert.That(ex.Operation, Is.EqualTo(family + ".ListSms"));
        Assert.That(read, Has.Count.EqualTo(10), "the repeated page is not handed out");
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
        Assert.That(ex.Message, Does.Contain("page 3").And.Contain(family + ".ListSms"));
        foreach (var item in read)
        {
            Assert.That(ex.Message, Does.Not.Contain(item.To!).And.Not.Contain(item.Text!), "no phone numbers or text in the message");
        }
    }

    [Test]
    public async Task LynSms_messages_and_events_are_read_in_full_when_the_server_caps_pages()
    {
        await SeedLynSmsAsync();
        Variance.MaxPageSize = 10;
        Server.ClearRequests();

        var messages = await client.LynSms.ListMessagesAsync().Take(Bound).ToListAsync();
        var messageRequests = Server.Requests.Count;
        var events = await client.LynSms.ListWebhookEventsAsync().Take(Bound).ToListAsync();

        Assert.That(messages.Select(m => m.Id).Distinct().Count(), Is.EqualTo(Items));
        Assert.That(events.Select(e => e.Id).Distinct().Count(), Is.EqualTo(Items));
        // LynSMS says where the list ends (last_page / has_more, computed from the capped size): no extra request.
        Assert.That(messageRequests, Is.EqualTo(3));
        Assert.That(Server.Requests, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task A_LynSms_server_that_ignores_the_page_parameter_ends_the_list_with_a_typed_exception()
    {
        await SeedLynSmsAsync();
        Variance.IgnorePageParameter = true;
        Server.ClearRequests();

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () => await client.LynSms.ListMessagesAsync(pageSize: 10).Take(Bound).ToListAsync());

        Assert.That(ex!.Kind, Is.EqualTo(PagingFailureKind.RepeatedPage));
        Assert.That(ex.Operation, Is.EqualTo("LynSms.ListMessages"));
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Hellio_messages_are_read_in_full_when_the_server_caps_pages()
    {
        await SeedHellioAsync();
        Variance.MaxPageSize = 10;
        Server.ClearRequests();

        var messages = await client.Hellio.ListMessagesAsync().Take(Bound).ToListAsync();

        Assert.That(messages.Select(m => m.Id).Distinct().Count(), Is.EqualTo(Items));
        // next_cursor is absent on the last page: no extra request.
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_Hellio_cursor_cycle_ends_the_list_with_a_typed_exception()
    {
        await SeedHellioAsync();
        Variance.CycleCursors = true;
        Server.ClearRequests();
        var read = new List<HellioMessage>();

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () =>
        {
            await foreach (var page in client.Hellio.ListMessagesAsync().AsPages(pageSizeHint: 5).Take(Bound))
            {
                read.AddRange(page.Items);
            }
        });

        Assert.That(ex!.Kind, Is.EqualTo(PagingFailureKind.CursorCycle));
        Assert.That(ex.Operation, Is.EqualTo("Hellio.ListMessages"));
        Assert.That(ex.PageNumber, Is.EqualTo(3));
        Assert.That(read.Select(m => m.Id).Distinct().Count(), Is.EqualTo(15), "three distinct pages were read, none twice");
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_Hellio_server_that_repeats_a_cursor_ends_the_list_with_a_typed_exception()
    {
        Server.EnqueueFault(FakeFault.Json(200, """{"data":[{"id":1}],"meta":{"next_cursor":"abc"}}""") with { Times = 5 });

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () => await client.Hellio.ListMessagesAsync().Take(Bound).ToListAsync());

        Assert.That(ex!.Operation, Is.EqualTo("Hellio.ListMessages"));
        Assert.That(Server.RequestCount, Is.EqualTo(2));
    }

    [Test]
    public async Task An_empty_page_that_still_carries_a_cursor_ends_the_list_cleanly()
    {
        Server.EnqueueFault(FakeFault.Json(200, """{"data":[],"meta":{"next_cursor":"abc"}}""") with { Times = 5 });

        var messages = await client.Hellio.ListMessagesAsync().Take(Bound).ToListAsync();

        Assert.That(messages, Is.Empty);
        Assert.That(Server.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Product_scrolls_are_read_in_full_when_the_server_caps_pages()
    {
        SeedContacts();
        Server.Audience.AddSegment(FakeAudienceState.DefaultProjectId, "all", "All", (_, _) => true);
        Variance.MaxPageSize = 10;
        Server.ClearRequests();

        var contacts = await client.Product.Audience.ListContactsAsync().Take(Bound).ToListAsync();
        var scrollRequests = Server.Requests.Count;
        var segment = await client.Product.Segments.ListContactsAsync("all").Take(Bound).ToListAsync();

        Assert.That(contacts.Select(c => c.Id).Distinct().Count(), Is.EqualTo(Items));
        Assert.That(segment.Select(c => c.Id).Distinct().Count(), Is.EqualTo(Items));
        // A null cursor ends the scroll: no extra request.
        Assert.That(scrollRequests, Is.EqualTo(3));
    }

    [Test]
    public async Task Product_index_lists_are_read_in_full_when_the_server_caps_pages()
    {
        for (var i = 0; i < Items; i++)
        {
            Server.Audience.AddCampaign(FakeAudienceState.DefaultProjectId, $"c{i:D3}", "Campaign " + i, "sent");
            Server.Audience.RegisterDatasource(FakeAudienceState.DefaultProjectId, $"ds_{i:D3}");
        }

        var campaignsTotal = Items + 2;
        var datasourcesTotal = (await client.Product.Project.ListDatasourcesAsync(new IndexQuery { Limit = 100 }).ToListAsync()).Count;
        Variance.MaxPageSize = 10;
        Server.ClearRequests();

        var campaigns = await client.Product.Campaigns.ListCampaignsAsync().Take(Bound).ToListAsync();
        var campaignRequests = Server.Requests.Count;
        var datasources = await client.Product.Project.ListDatasourcesAsync().Take(Bound).ToListAsync();

        Assert.That(campaigns.Select(c => c.Id).Distinct().Count(), Is.EqualTo(campaignsTotal));
        Assert.That(datasources.Select(d => d.Id).Distinct().Count(), Is.EqualTo(datasourcesTotal));
        // metadata.count is larger than the page, so it is a total: the list ends when it is reached.
        Assert.That(campaignRequests, Is.EqualTo(3));
    }

    [Test]
    public async Task A_Product_server_that_ignores_the_offset_ends_the_list_with_a_typed_exception()
    {
        for (var i = 0; i < Items; i++)
        {
            Server.Audience.AddCampaign(FakeAudienceState.DefaultProjectId, $"c{i:D3}", "Campaign " + i, "sent");
        }

        Variance.IgnorePageParameter = true;
        Server.ClearRequests();

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () => await client.Product.Campaigns.ListCampaignsAsync(new IndexQuery { Limit = 10 }).Take(Bound).ToListAsync());

        Assert.That(ex!.Kind, Is.EqualTo(PagingFailureKind.RepeatedPage));
        Assert.That(ex.Operation, Is.EqualTo("Product.ListCampaigns"));
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_Product_scroll_whose_cursors_cycle_ends_with_a_typed_exception()
    {
        SeedContacts();
        Variance.CycleCursors = true;
        Server.ClearRequests();
        var read = new List<AudienceContact>();

        var ex = Assert.ThrowsAsync<InstasentPagingException>(async () =>
        {
            await foreach (var contact in client.Product.Audience.ListContactsAsync(new QueryFilter().Take(5)).Take(Bound))
            {
                read.Add(contact);
            }
        });

        Assert.That(ex!.Kind, Is.EqualTo(PagingFailureKind.CursorCycle));
        Assert.That(ex.Operation, Is.EqualTo("Product.ScrollAudience"));
        Assert.That(ex.PageNumber, Is.EqualTo(3));
        Assert.That(read.Select(c => c.Id).Distinct().Count(), Is.EqualTo(15));
        Assert.That(Server.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Pages_carry_string_continuation_tokens_that_resume_the_list()
    {
        await SeedSmsAsync(client.Transactional);
        SeedContacts();
        var sms = client.Transactional.ListSmsAsync();
        var scroll = client.Product.Audience.ListContactsAsync(new QueryFilter().Take(10));

        var pages = await sms.AsPages(pageSizeHint: 10).Take(Bound).ToListAsync();
        var resumed = await sms.AsPages(pages[1].ContinuationToken, pageSizeHint: 10).SelectMany(p => p.Items.ToAsyncEnumerable()).ToListAsync();
        var scrollPages = await scroll.AsPages().Take(Bound).ToListAsync();
        var scrollResumed = await scroll.AsPages(scrollPages[0].ContinuationToken).SelectMany(p => p.Items.ToAsyncEnumerable()).ToListAsync();

        Assert.That(pages.Select(p => p.ContinuationToken), Is.EqualTo(new[] { "2", "3", "4", null }));
        Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 10, 10, 5, 0 }));
        Assert.That(pages[0].Response.StatusCode, Is.EqualTo(200));
        Assert.That(resumed.Select(s => s.Id), Is.EqualTo(pages[2].Items.Select(s => s.Id)));
        Assert.That(scrollPages.Select(p => p.Items.Count), Is.EqualTo(new[] { 10, 10, 5 }));
        Assert.That(scrollPages[^1].ContinuationToken, Is.Null);
        Assert.That(scrollResumed.Select(c => c.Id), Is.EqualTo(scrollPages.Skip(1).SelectMany(p => p.Items).Select(c => c.Id)));
        Assert.ThrowsAsync<ArgumentException>(async () => await sms.AsPages("not-a-page").ToListAsync());
    }

    private IInstasentSmsClient SmsClient(string family) => family == "Legacy" ? client.Legacy : client.Transactional;

    private static async Task SeedSmsAsync(IInstasentSmsClient sms)
    {
        var result = await sms.SendBulkSmsAsync(Enumerable.Range(0, Items).Select(i => new SmsRequest("Acme", $"+3460011{i:D4}", "Hello " + i)));
        Assert.That(result.AcceptedCount, Is.EqualTo(Items));
    }

    private async Task SeedLynSmsAsync()
    {
        var result = await client.LynSms.SendBulkAsync(new LynSmsBulkRequest("Acme", "Sale today", Enumerable.Range(0, Items).Select(i => $"+1202555{i:D4}").ToList()));
        Assert.That(result.AcceptedCount, Is.EqualTo(Items));
    }

    private Task SeedHellioAsync() =>
        client.Hellio.SendSmsAsync(new HellioSmsRequest("Acme", Enumerable.Range(0, Items).Select(i => $"+2332412{i:D5}").ToList(), "Hello"));

    private void SeedContacts()
    {
        for (var i = 0; i < Items; i++)
        {
            Server.Audience.AddContact(FakeAudienceState.DefaultProjectId, "u" + i, "{\"plan\":\"free\"}");
        }
    }
}
