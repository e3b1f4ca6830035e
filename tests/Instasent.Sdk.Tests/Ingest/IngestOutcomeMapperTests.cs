using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

/// <summary>
/// Both ingest answer shapes (observed <c>accepted[]</c>/<c>errors[]</c>, documented <c>entity.items[]</c>) read into
/// one outcome per record: which record each entry belongs to, the rejection texts, and the dry-run flag.
/// </summary>
public sealed class IngestOutcomeMapperTests
{
    private static readonly string?[] Users = ["u1", "u2", "u3"];
    private static readonly string?[] Events = ["e1", "e2", "e3"];
    private static readonly string?[] NoEvents = [null, null, null];

    // The bytes, as the client maps them: the plain shape is read in one pass, any other through the model.
    private static IReadOnlyList<BatchItemOutcome<IngestItemResult>> Map(string json, string?[]? events = null, bool dryRun = false) =>
        IngestOutcomeMapper.Map(Users, events ?? Events, System.Text.Encoding.UTF8.GetBytes(json), dryRun, requireItemDetails: false)!;

    [Test]
    public void A_2xx_without_per_record_detail_accepts_the_whole_batch()
    {
        var outcomes = Map("{\"success\":true,\"errors\":[]}");

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
        Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(outcomes.Select(o => o.Result!.UserId), Is.EqualTo(Users));
        Assert.That(outcomes.Select(o => o.Result!.EventId), Is.EqualTo(Events));
        Assert.That(outcomes.Select(o => o.Result!.Position), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [TestCase("{\"dryRun\":true}", false, true)]
    [TestCase("{\"dryRun\":false}", true, false)]
    [TestCase("{}", true, true)]
    [TestCase("{}", false, false)]
    public void The_servers_dry_run_flag_wins_over_what_was_asked(string json, bool asked, bool expected)
    {
        Assert.That(Map(json, dryRun: asked).Select(o => o.Result!.DryRun), Is.All.EqualTo(expected));
    }

    [Test]
    public void Observed_shape_accepted_and_errors_are_placed_by_position_and_echo()
    {
        var outcomes = Map("{\"accepted\":[{\"position\":2,\"item\":{\"_user_id\":\"u3\",\"_event_id\":\"e3\"}},{\"position\":0,\"item\":{\"_user_id\":\"u1\",\"_event_id\":\"e1\"}}],"
            + "\"errors\":[{\"position\":1,\"item\":{\"_user_id\":\"u2\"},\"error\":{\"email\":[\"invalid\"]}}]}");

        Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Rejected, BatchItemStatus.Accepted }));
        Assert.That(outcomes[1].Errors, Is.EqualTo(new[] { new InstasentFieldError("email", "invalid") }));
    }

    [Test]
    public void A_position_whose_echo_disagrees_is_overruled_by_the_echo()
    {
        var outcomes = Map("{\"accepted\":[{\"position\":0,\"item\":{\"_event_id\":\"e2\"}}]}");

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Accepted));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Errors_without_positions_are_matched_by_the_echoed_user_id_or_the_bare_id_of_a_delete()
    {
        var outcomes = Map("{\"errors\":[{\"item\":\"u3\",\"message\":\"unknown contact\"},{\"item\":{\"_user_id\":\"u1\"},\"errors\":[\"locked\"]},{\"position\":\"1\",\"item\":{\"_user_id\":7},\"message\":\"x\"}]}", NoEvents);

        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Errors, Is.EqualTo(new[] { new InstasentFieldError(string.Empty, "unknown contact") }));
        Assert.That(outcomes[0].Errors, Is.EqualTo(new[] { new InstasentFieldError(string.Empty, "locked") }));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected), "the last error, which names nobody, is placed by elimination");
    }

    [Test]
    public void An_error_combines_its_error_errors_and_message_members()
    {
        var outcomes = Map("{\"errors\":[{\"position\":0,\"error\":\"too long\",\"errors\":{\"name\":[\"required\"]},\"message\":\"invalid record\"}]}");

        Assert.That(outcomes[0].Errors, Is.EqualTo(new[]
        {
            new InstasentFieldError(string.Empty, "too long"),
            new InstasentFieldError(string.Empty, "invalid record"),
            new InstasentFieldError("name", "required"),
        }));
    }

    [TestCase("\"bad record\"", "bad record")]
    [TestCase("{\"position\":0}", "Rejected by the server without details.")]
    [TestCase("{\"position\":0,\"errors\":{\"email\":[]}}", "invalid")]
    public void A_rejection_always_says_something(string error, string expected)
    {
        var outcomes = IngestOutcomeMapper.Map(["u1"], ["e1"], JsonSerializer.Deserialize("{\"errors\":[" + error + "]}", IngestJsonContext.Default.IngestBatchResponse)!, dryRun: false);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[0].Errors.Single().Message, Is.EqualTo(expected));
    }

    [Test]
    public void Documented_shape_items_are_matched_by_event_id_then_user_id()
    {
        var outcomes = Map("{\"entity\":{\"items\":[null,{\"status\":\"failed\",\"_user_id\":\"u2\",\"_event_id\":\"e2\",\"errors\":{\"amount\":[\"must be positive\"]}},{\"status\":\"OK\",\"_event_id\":\"e3\"},{\"status\":\"success\",\"_user_id\":\"u1\",\"_event_id\":\"e1\"}]}}");

        Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Rejected, BatchItemStatus.Accepted }));
        Assert.That(outcomes[1].Errors, Is.EqualTo(new[] { new InstasentFieldError("amount", "must be positive") }));
    }

    [Test]
    public void A_documented_failure_without_errors_names_its_status()
    {
        var outcomes = Map("{\"entity\":{\"items\":[{\"status\":\"duplicated\",\"_user_id\":\"u1\",\"_event_id\":\"e1\"}]}}");

        Assert.That(outcomes[0].Errors, Is.EqualTo(new[] { new InstasentFieldError(string.Empty, "Rejected by the server (status 'duplicated') without details.") }));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Errors_that_are_not_a_list_are_no_per_record_detail()
    {
        var outcomes = Map("{\"accepted\":[{\"position\":0}],\"errors\":{\"u2\":\"bad\"}}");

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Accepted));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }
}
