using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

public sealed class IngestBulkTests
{
    private const string Project = FakeAudienceState.DefaultProjectId;
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    private static IngestContact Contact(int i) => new($"u{i}") { Email = $"user{i}@example.com", PhoneMobile = $"+3460{i:D7}", FirstName = $"Name{i}" };

    private static IIngestDatasourceClient Datasource(ServiceProvider sp) =>
        sp.GetRequiredService<IInstasentClient>().Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId);

    [Test]
    public async Task Upsert_250_contacts_sends_3_batches_and_reports_outcomes_by_original_index()
    {
        await using var sp = TestClients.Create(server, o => o.BulkConcurrency = 2);
        var contacts = Enumerable.Range(0, 250).Select(Contact).ToList();
        contacts[7] = contacts[7] with { PhoneMobile = "600123" };        // rejected by the SDK, never sent
        contacts[120] = contacts[120] with { Email = "not-an-email" };    // rejected by the server, in batch 1
        contacts[249] = contacts[249] with { Email = "broken" };          // rejected by the server, in the last batch

        var result = await Datasource(sp).UpsertContactsAsync(contacts);

        var posts = server.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/stream/contacts", StringComparison.Ordinal)).ToList();
        Assert.That(posts, Has.Count.EqualTo(3));
        Assert.That(result.BatchCount, Is.EqualTo(3));
        Assert.That(result.Items.Select(i => i.Index), Is.EqualTo(Enumerable.Range(0, 250)));
        Assert.That(result.AcceptedCount, Is.EqualTo(247));
        Assert.That(result.Items[7].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(result.Items[7].RejectedBeforeSending, Is.True);
        Assert.That(result.Items[7].Errors.Single().Field, Is.EqualTo("_phone_mobile"));
        Assert.That(result.Items[120].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(result.Items[120].RejectedBeforeSending, Is.False);
        Assert.That(result.Items[120].Errors.Single(), Is.EqualTo(new InstasentFieldError("_email", "Invalid format")));
        Assert.That(result.Items[249].Errors.Single().Field, Is.EqualTo("_email"));
        Assert.That(result.Items[0].Result!.UserId, Is.EqualTo("u0"));
        Assert.That(server.Audience.ContactCount, Is.EqualTo(247));
        Assert.That(server.Audience.FindByUserId(Project, "u248")!.Email, Is.EqualTo("user248@example.com"));
    }

    [Test]
    public async Task Observed_response_shape_with_positions_is_mapped_to_the_same_outcomes()
    {
        server.Audience.IngestResponseShape = FakeIngestResponseShape.Observed;
        await using var sp = TestClients.Create(server);
        var contacts = Enumerable.Range(0, 5).Select(Contact).ToList();
        contacts[3] = contacts[3] with { Email = "bad" };

        var result = await Datasource(sp).UpsertContactsAsync(contacts);

        Assert.That(result.Items.Select(i => i.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Accepted, BatchItemStatus.Accepted, BatchItemStatus.Rejected, BatchItemStatus.Accepted }));
        Assert.That(result.Items[3].Errors.Single().Message, Does.Contain("_email: Invalid format"));
    }

    [TestCase(FakeIngestResponseShape.Documented)]
    [TestCase(FakeIngestResponseShape.Observed)]
    public async Task A_422_where_every_record_failed_reports_per_record_errors(FakeIngestResponseShape shape)
    {
        server.Audience.IngestResponseShape = shape;
        await using var sp = TestClients.Create(server);
        var contacts = new[] { new IngestContact("a") { Email = "x" }, new IngestContact("b") { Email = "y" } };

        var result = await Datasource(sp).UpsertContactsAsync(contacts);

        Assert.That(server.Requests.Last().Path, Does.EndWith("/stream/contacts"));
        Assert.That(result.RejectedCount, Is.EqualTo(2));
        Assert.That(result.Items.All(i => i.Errors.Any(e => e.Message.Contains("Invalid format", StringComparison.Ordinal))), Is.True);
        Assert.That(result.Items.All(i => i.Exception is null), Is.True);
    }

    [Test]
    public async Task A_422_without_per_record_detail_fails_the_batch_with_the_exception()
    {
        server.EnqueueFault(FakeFault.Json(422, "{\"message\":\"Body should be an array\"}"));
        await using var sp = TestClients.Create(server);

        var result = await Datasource(sp).UpsertContactsAsync([Contact(1)]);

        Assert.That(result.Items[0].Status, Is.EqualTo(BatchItemStatus.Failed));
        Assert.That(result.Items[0].Exception, Is.InstanceOf<InstasentValidationException>());
        Assert.That(result.Items[0].Exception!.Message, Does.Contain("Every record"));
    }

    [Test]
    public async Task Rate_limited_second_batch_waits_for_reset_and_nothing_is_duplicated()
    {
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 10, 0, 30, TimeSpan.Zero));
        await using var local = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions { TimeProvider = time });
        local.Audience.RegisterDatasource(Project, "ds_limited", rateLimitPerMinute: 1);
        await using var sp = TestClients.Create(local, o => o.BulkConcurrency = 1, time);
        var client = sp.GetRequiredService<IInstasentClient>().Ingest.Datasource(Project, "ds_limited");

        var result = await TestClients.RunWithFakeTimeAsync(client.UpsertContactsAsync(Enumerable.Range(0, 150).Select(Contact)), time, TimeSpan.FromSeconds(5));

        Assert.That(result.AllAccepted, Is.True);
        var posts = local.Requests.Where(r => r.Method == "POST").ToList();
        Assert.That(posts, Has.Count.EqualTo(3), "batch 1, batch 2 refused with 429, batch 2 again");
        Assert.That(local.Audience.ContactCount, Is.EqualTo(150));
        Assert.That(local.Audience.Contacts.All(c => c.WriteCount == 1), Is.True);
        Assert.That(time.GetUtcNow(), Is.GreaterThanOrEqualTo(new DateTimeOffset(2026, 1, 1, 10, 1, 0, TimeSpan.Zero)), "waited for X-RateLimit-Reset");
    }

    [Test]
    public async Task Server_error_after_the_batch_was_applied_is_retried_without_duplicating_events()
    {
        var time = new TestClock();
        await using var sp = TestClients.Create(server, time: time);
        server.EnqueueFault(FakeFault.ServerError(503) with { PathEndsWith = "/stream/events", Timing = FaultTiming.AfterHandling });
        var events = Enumerable.Range(0, 30).Select(i => new IngestEvent($"u{i}", "purchase", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)).WithParameter("amount", i)).ToList();

        var result = await TestClients.RunWithFakeTimeAsync(Datasource(sp).AppendEventsAsync(events), time, TimeSpan.FromMilliseconds(500));

        Assert.That(result.AllAccepted, Is.True);
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/stream/events", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(server.Audience.Events, Has.Count.EqualTo(30));
        Assert.That(result.Items.Select(i => i.Result!.EventId).Distinct().Count(), Is.EqualTo(30));
    }

    [Test]
    public async Task Timeout_on_an_upsert_batch_is_retried()
    {
        var time = new TestClock();
        await using var sp = TestClients.Create(server, o => o.AttemptTimeout = TimeSpan.FromSeconds(5), time);
        server.EnqueueFault(FakeFault.Hung() with { PathEndsWith = "/stream/contacts" });

        var result = await TestClients.RunWithFakeTimeAsync(Datasource(sp).UpsertContactsAsync([Contact(1)]), time, TimeSpan.FromSeconds(1));

        Assert.That(result.AllAccepted, Is.True);
        Assert.That(server.Audience.ContactCount, Is.EqualTo(1));
    }

    [Test]
    public async Task Dry_run_validates_and_writes_nothing()
    {
        await using var sp = TestClients.Create(server);
        var contacts = new[] { Contact(1), Contact(2) with { Email = "bad" } };

        var result = await Datasource(sp).UpsertContactsAsync(contacts, new IngestWriteOptions { DryRun = true });
        var events = await Datasource(sp).AppendEventsAsync([new IngestEvent("u1", "purchase", DateTimeOffset.UnixEpoch.AddDays(1))], new IngestWriteOptions { DryRun = true, Sync = true });

        Assert.That(result.Items[0].Status, Is.EqualTo(BatchItemStatus.Accepted));
        Assert.That(result.Items[0].Result!.DryRun, Is.True);
        Assert.That(result.Items[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(events.AllAccepted, Is.True);
        Assert.That(server.Audience.ContactCount, Is.Zero);
        Assert.That(server.Audience.Events, Is.Empty);
        Assert.That(server.Requests.Select(r => r.Query), Is.EqualTo(new[] { "?_dryRun=true", "?_sync=true&_dryRun=true" }));
    }

    [Test]
    public async Task Async_source_is_streamed_in_batches()
    {
        await using var sp = TestClients.Create(server);

        static async IAsyncEnumerable<IngestContact> Export()
        {
            for (var i = 0; i < 205; i++)
            {
                await Task.Yield();
                yield return Contact(i);
            }
        }

        var result = await Datasource(sp).UpsertContactsAsync(Export());

        Assert.That(result.BatchCount, Is.EqualTo(3));
        Assert.That(result.AcceptedCount, Is.EqualTo(205));
        Assert.That(server.Audience.ContactCount, Is.EqualTo(205));
    }

    [Test]
    public async Task Client_side_checks_reject_bad_records_before_sending()
    {
        await using var sp = TestClients.Create(server);
        var contacts = new[]
        {
            new IngestContact(" "),
            new IngestContact("d1").WithAttribute("_date_registered", "01/02/2024"),
            new IngestContact("d2").WithAttribute("birthday", "2024-13-01"),
            new IngestContact("d3").WithAttribute("_email", "x@example.com"),
            new IngestContact("ok").WithAttribute("_date_registered", new DateOnly(2024, 2, 29)).WithAttribute("birthday", "2000-01-31"),
        };
        var events = new[] { new IngestEvent("u", "", DateTimeOffset.UtcNow), new IngestEvent("u", "purchase", default) };

        var result = await Datasource(sp).UpsertContactsAsync(contacts, new IngestWriteOptions { DateAttributes = ["birthday"] });
        var eventResult = await Datasource(sp).AppendEventsAsync(events);

        Assert.That(result.Items.Take(4).All(i => i.RejectedBeforeSending), Is.True);
        Assert.That(result.Items[0].Errors[0].Field, Is.EqualTo("_user_id"));
        Assert.That(result.Items[1].Errors[0].Field, Is.EqualTo("_date_registered"));
        Assert.That(result.Items[2].Errors[0].Field, Is.EqualTo("birthday"));
        Assert.That(result.Items[3].Errors[0].Message, Does.Contain("typed property"));
        Assert.That(result.Items[4].Status, Is.EqualTo(BatchItemStatus.Accepted));
        Assert.That(eventResult.Items.Select(i => i.Errors[0].Field), Is.EqualTo(new[] { "_event_type", "_event_date" }));
        Assert.That(server.Requests.Count(r => r.Path.EndsWith("/stream/events", StringComparison.Ordinal)), Is.Zero);
        Assert.That(server.Audience.FindByUserId(Project, "ok")!.GetAttribute("_date_registered"), Is.EqualTo("2024-02-29"));
    }

    [Test]
    public async Task Derived_event_ids_are_stable_and_content_based()
    {
        await using var sp = TestClients.Create(server);
        var date = new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(2));
        IngestEvent Make() => new IngestEvent("u1", "purchase", date).WithParameter("currency", "EUR").WithParameter("amount", 12.5m);

        var first = await Datasource(sp).AppendEventsAsync([Make(), Make().WithParameter("amount", 13m), Make() with { EventId = "mine-1" }]);
        var again = await Datasource(sp).AppendEventsAsync([Make()]);

        Assert.That(first.Items[0].Result!.EventId, Does.StartWith("sdk_").And.Length.EqualTo(36));
        Assert.That(again.Items[0].Result!.EventId, Is.EqualTo(first.Items[0].Result!.EventId));
        Assert.That(first.Items[1].Result!.EventId, Is.Not.EqualTo(first.Items[0].Result!.EventId));
        Assert.That(first.Items[2].Result!.EventId, Is.EqualTo("mine-1"));
        Assert.That(server.Audience.Events, Has.Count.EqualTo(3));
        var body = server.Requests.First(r => r.Path.EndsWith("/stream/events", StringComparison.Ordinal)).Body;
        Assert.That(body, Does.Contain("\"_event_date\":\"2026-03-04T03:06:07.890Z\""));
        Assert.That(body, Does.Contain("\"_event_parameters\":{\"currency\":\"EUR\",\"amount\":12.5}"));
    }
}
