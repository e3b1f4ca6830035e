using Instasent.Sdk.Batching;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

/// <summary>Ingest answers in another order, with errors that carry no position, still land on the right record (both shapes).</summary>
public sealed class IngestBulkMatchingTests
{
    private const string Project = FakeAudienceState.DefaultProjectId;

    [TestCase(FakeIngestResponseShape.Documented)]
    [TestCase(FakeIngestResponseShape.Observed)]
    public async Task Reordered_answers_and_unpositioned_errors_are_matched_by_user_id(FakeIngestResponseShape shape)
    {
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions
        {
            Variance = new FakeServerVariance { ReorderBulkEntities = true, UnpositionedBulkErrors = true },
        });
        server.Audience.IngestResponseShape = shape;
        await using var provider = TestClients.Create(server);
        var datasource = provider.GetRequiredService<IInstasentClient>().Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId);
        var contacts = Enumerable.Range(0, 6).Select(i => new IngestContact($"u{i}") { Email = i is 1 or 4 ? $"broken{i}" : $"user{i}@example.com" }).ToList();

        var result = await datasource.UpsertContactsAsync(contacts);

        for (var i = 0; i < contacts.Count; i++)
        {
            var isStored = server.Audience.FindByUserId(Project, contacts[i].UserId) is not null;
            Assert.That(result.Items[i].Status, Is.EqualTo(isStored ? BatchItemStatus.Accepted : BatchItemStatus.Rejected), $"record {i}");
            if (!isStored)
            {
                Assert.That(result.Items[i].Errors.Single().Message, Does.Contain("Invalid format"));
            }
        }

        Assert.That(result.AcceptedCount, Is.EqualTo(4));
    }

    [TestCase(FakeIngestResponseShape.Documented)]
    [TestCase(FakeIngestResponseShape.Observed)]
    public async Task Reordered_event_answers_are_matched_by_event_id(FakeIngestResponseShape shape)
    {
        await using var server = await InstasentFakeServer.StartAsync(new InstasentFakeServerOptions
        {
            Variance = new FakeServerVariance { ReorderBulkEntities = true, UnpositionedBulkErrors = true, Seed = 11 },
        });
        server.Audience.IngestResponseShape = shape;
        await using var provider = TestClients.Create(server);
        var datasource = provider.GetRequiredService<IInstasentClient>().Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId);
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        // One user, several events: only the event id tells the answers apart.
        var events = Enumerable.Range(0, 6).Select(i => new IngestEvent("u1", "purchase", at) { EventId = $"e{i}" }.WithParameter("amount", i)).ToList();

        var result = await datasource.AppendEventsAsync(events);

        Assert.That(result.AllAccepted, Is.True);
        Assert.That(result.Items.Select(i => i.Result!.EventId), Is.EqualTo(events.Select(e => e.EventId)));
    }
}
