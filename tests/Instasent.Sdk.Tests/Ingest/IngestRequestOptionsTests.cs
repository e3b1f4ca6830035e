using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

public sealed class IngestRequestOptionsTests
{
    private const string Project = FakeAudienceState.DefaultProjectId;
    private const string OtherToken = "product-token-of-tenant-two";
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    private static InstasentRequestOptions TenantTwo => new()
    {
        Token = OtherToken,
        Headers = new Dictionary<string, string> { ["X-Tenant"] = "two" },
    };

    [Test]
    public async Task Every_batch_of_a_bulk_write_and_every_read_carries_the_same_request_options()
    {
        await using var sp = TestClients.Create(server, o => o.BulkConcurrency = 2);
        var datasource = sp.GetRequiredService<IInstasentClient>().Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId);
        var contacts = Enumerable.Range(0, 250).Select(i => new IngestContact($"u{i}") { Email = $"user{i}@example.com" }).ToList();
        var events = Enumerable.Range(0, 150).Select(i => new IngestEvent($"u{i}", "purchase", new DateTimeOffset(2026, 1, 1, 0, 0, i % 60, TimeSpan.Zero)).WithParameter("n", i)).ToList();

        var upserted = await datasource.UpsertContactsAsync(contacts, new IngestWriteOptions { Sync = true }, TenantTwo);
        var appended = await datasource.AppendEventsAsync(events, requestOptions: TenantTwo);
        await datasource.GetStreamAsync(TenantTwo);
        await datasource.GetAttributeSpecsAsync(TenantTwo);
        await datasource.GetContactAsync("u1", TenantTwo);
        await datasource.DeleteContactAsync("u1", TenantTwo);

        Assert.That(upserted.BatchCount, Is.EqualTo(3));
        Assert.That(appended.BatchCount, Is.EqualTo(2));
        Assert.That(server.Requests, Has.Count.EqualTo(9));
        Assert.That(server.Requests.Select(r => r.BearerToken), Is.All.EqualTo(OtherToken));
        Assert.That(server.Requests.Select(r => r.Header("X-Tenant")), Is.All.EqualTo("two"));
        Assert.That(server.Requests.Where(r => r.Path.EndsWith("/stream/contacts", StringComparison.Ordinal)).Select(r => r.Query), Is.All.Contains("_sync=true"), "the Ingest switches still apply");
    }

    [Test]
    public async Task Bad_request_options_fail_the_bulk_call_before_any_batch_is_sent()
    {
        await using var sp = TestClients.Create(server);
        var datasource = sp.GetRequiredService<IInstasentClient>().Ingest.Datasource(Project, FakeAudienceState.DefaultDatasourceId);
        var bad = new InstasentRequestOptions { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer x" } };

        Assert.Throws<ArgumentException>(() => datasource.UpsertContactsAsync([new IngestContact("u1")], requestOptions: bad));
        Assert.Throws<ArgumentException>(() => datasource.AppendEventsAsync([new IngestEvent("u1", "purchase", DateTimeOffset.UnixEpoch)], requestOptions: bad));
        Assert.That(server.RequestCount, Is.Zero);
    }
}
