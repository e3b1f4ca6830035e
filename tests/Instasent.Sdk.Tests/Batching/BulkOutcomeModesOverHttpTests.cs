using System.Runtime.CompilerServices;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.LynSms;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>
/// Outcome retention and streaming through every family that has a bulk call, over loopback HTTP against the fake
/// behaving as a real server may (answers reordered, bulk errors without their position, pages capped, Retry-After on
/// errors) and with Aspire's HttpClient defaults around the client: every item has exactly one outcome, matched to the
/// right item, in every mode, and a per-call option that only bulk calls take is refused elsewhere before sending.
/// </summary>
public sealed class BulkOutcomeModesOverHttpTests : FakeServerFixture
{
    [SetUp]
    public void SeeTheWorld() => Server.Options.Variance = FakeServerVariance.RealWorld();

    private IInstasentClient Client(Action<InstasentClientOptions>? configure = null) => CreateClient(configure, HostVariance.Aspire);

    private static readonly InstasentRequestOptions KeepNotAccepted = new() { OutcomeRetention = BatchOutcomeRetention.NotAccepted };

    private static IngestContact Contact(int i) => new($"u{i}") { Email = i % 50 == 7 ? "not-an-email" : $"user{i}@example.com" };

    private static async IAsyncEnumerable<IngestContact> Export(int count, [EnumeratorCancellation] CancellationToken token = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return Contact(i);
        }
    }

    private IIngestDatasourceClient Datasource() =>
        Client(o => o.BulkConcurrency = 2).Ingest.Datasource(FakeAudienceState.DefaultProjectId, FakeAudienceState.DefaultDatasourceId);

    [Test]
    public async Task Ingest_streams_one_outcome_per_record_of_an_asynchronous_export()
    {
        var streamed = new List<BatchItemOutcome<IngestItemResult>>();
        await foreach (var outcome in Datasource().UpsertContactsStreamingAsync(Export(450)))
        {
            streamed.Add(outcome);
        }

        Assert.That(streamed.Select(o => o.Index).Order(), Is.EqualTo(Enumerable.Range(0, 450)));
        var rejected = streamed.Where(o => o.Status == BatchItemStatus.Rejected).Select(o => o.Index).Order();
        Assert.That(rejected, Is.EqualTo(Enumerable.Range(0, 450).Where(i => i % 50 == 7)), "the server refused the bad e-mails, and each refusal found its record");
        Assert.That(streamed.Where(o => o.Status == BatchItemStatus.Accepted).Select(o => o.Result!.UserId), Is.All.Not.Null);
        Assert.That(Server.Requests.Count(r => r.Path.EndsWith("/stream/contacts", StringComparison.Ordinal)), Is.EqualTo(5));
    }

    [Test]
    public async Task Ingest_keeping_only_what_was_not_accepted_counts_everything()
    {
        var result = await Datasource().UpsertContactsAsync(Export(450), requestOptions: KeepNotAccepted);

        Assert.That(result.ItemCount, Is.EqualTo(450));
        Assert.That(result.AcceptedCount, Is.EqualTo(441));
        Assert.That(result.Items.Select(o => o.Index), Is.EqualTo(Enumerable.Range(0, 450).Where(i => i % 50 == 7)));
        Assert.That(result.Items.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Rejected));
    }

    [Test]
    public async Task Sms_bulk_modes_agree_with_the_full_result()
    {
        var client = Client();
        // Index 17 is refused by the SDK; index 40 only by the server, in an answer that is reordered and gives no position.
        Server.Sms.BlockedRecipients.Add("+34600000040");
        List<SmsRequest> Messages(string run) => [.. Enumerable.Range(0, 230).Select(i => new SmsRequest("Acme", i == 17 ? "12" : $"+346{i:D8}", run + i))];

        var full = await client.Transactional.SendBulkSmsAsync(Messages("a"));
        var kept = await client.Transactional.SendBulkSmsAsync(Messages("b"), KeepNotAccepted);
        var streamed = new List<BatchItemOutcome<SmsMessage>>();
        await foreach (var outcome in client.Transactional.SendBulkSmsStreamingAsync(Messages("c")))
        {
            streamed.Add(outcome);
        }

        Assert.That(full.Items.Where(o => o.Status != BatchItemStatus.Accepted).Select(o => o.Index), Is.EqualTo(new[] { 17, 40 }));
        Assert.That(kept.Items.Select(o => (o.Index, o.Status)), Is.EqualTo(new[] { (17, BatchItemStatus.Rejected), (40, BatchItemStatus.Rejected) }));
        Assert.That((kept.ItemCount, kept.AcceptedCount), Is.EqualTo((230, 228)));
        Assert.That(streamed.OrderBy(o => o.Index).Select(o => (o.Index, o.Status)), Is.EqualTo(full.Items.Select(o => (o.Index, o.Status))));
        Assert.That(streamed.Where(o => o.Status == BatchItemStatus.Accepted).Select(o => o.Result!.Text), Is.All.StartWith("c"), "each accepted outcome carries its own message");
        Assert.That(streamed.Where(o => o.Status == BatchItemStatus.Accepted).All(o => o.Result!.Text == "c" + o.Index), Is.True, "matched to the right message");
        Assert.That(streamed.Count(o => o.Status == BatchItemStatus.Accepted), Is.EqualTo(228));
        Assert.That(Server.VarianceEvents["bulk answer reordered"], Is.GreaterThan(0), "the answers really came back reordered");
        Assert.That(Server.VarianceEvents["bulk error without position"], Is.GreaterThanOrEqualTo(3), "the server's refusal came back without its position, in every mode");
    }

    [Test]
    public async Task LynSms_bulk_streams_one_outcome_per_recipient()
    {
        var client = Client();
        var recipients = Enumerable.Range(0, 30).Select(i => i == 3 ? "nope" : $"+1202555{i:D4}").ToList();

        var streamed = new List<BatchItemOutcome<LynSmsMessage>>();
        await foreach (var outcome in client.LynSms.SendBulkSmsStreamingAsync(new LynSmsBulkSmsRequest("Acme", recipients, "Sale today")))
        {
            streamed.Add(outcome);
        }

        Assert.That(streamed.Select(o => o.Index).Order(), Is.EqualTo(Enumerable.Range(0, 30)));
        Assert.That(streamed.Single(o => o.Status != BatchItemStatus.Accepted).Index, Is.EqualTo(3));
    }

    [Test]
    public void Outcome_retention_is_refused_by_a_call_that_is_not_a_bulk_call_before_sending()
    {
        var client = Client();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.Transactional.SendSmsAsync("Acme", "+34600000001", "hi", KeepNotAccepted));

        Assert.That(ex!.Message, Does.StartWith("requestOptions.OutcomeRetention: Transactional.SendSms is not a bulk call"));
        Assert.That(Server.Requests, Is.Empty);
    }

    [Test]
    public void Streaming_checks_its_arguments_when_called_not_when_read()
    {
        var client = Client();

        Assert.Throws<ArgumentException>(() => client.Transactional.SendBulkSmsStreamingAsync([], new InstasentRequestOptions { IdempotencyKey = "k" }));
        Assert.Throws<ArgumentNullException>(() => Datasource().UpsertContactsStreamingAsync((IAsyncEnumerable<IngestContact>)null!));
    }
}
