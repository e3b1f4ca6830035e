using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.LynSms;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.LynSms;

/// <summary>
/// The undocumented LynSMS bulk answer in each shape the mapper accepts, read into one outcome per recipient: which
/// recipient each message or error belongs to, and the rejection text the caller reads.
/// </summary>
public sealed class LynSmsBulkOutcomeMapperTests
{
    private static readonly string[] Batch = ["+34 600 000 001", "+34600000002", "+34600000003"];

    private static IReadOnlyList<BatchItemOutcome<LynSmsMessage>> Map(string json, IReadOnlyList<string>? batch = null)
    {
        using var document = JsonDocument.Parse(json);
        return LynSmsBulkOutcomeMapper.Map(batch ?? Batch, document.RootElement.Clone());
    }

    private static string Message(string id, string to) => $"{{\"id\":\"{id}\",\"object\":\"message\",\"to\":\"{to}\"}}";

    [Test]
    public void A_bare_array_of_messages_is_matched_by_recipient_whatever_its_order()
    {
        var outcomes = Map($"[{Message("m3", "+34600000003")},5,{Message("m1", "34600000001")},{Message("m2", "+34600000002")}]");

        Assert.That(outcomes.Select(o => o.Result!.Id), Is.EqualTo(new[] { "m1", "m2", "m3" }));
        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Accepted));
    }

    [TestCase("messages")]
    [TestCase("data")]
    [TestCase("items")]
    public void Messages_are_read_from_each_list_member(string member)
    {
        var outcomes = Map($"{{\"{member}\":[{Message("m2", "+34600000002")}]}}");

        Assert.That(outcomes[1].Result!.Id, Is.EqualTo("m2"));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Only_the_first_message_list_is_read()
    {
        var outcomes = Map($"{{\"messages\":[{Message("m1", "+34600000001")}],\"data\":[{Message("m2", "+34600000002")}]}}");

        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("m1"));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown), "the second list is not a second source of messages");
    }

    [Test]
    public void A_message_member_that_is_not_a_list_is_skipped_for_the_next()
    {
        var outcomes = Map($"{{\"messages\":{{}},\"items\":[{Message("m1", "+34600000001")}]}}");

        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("m1"));
    }

    [TestCase("errors")]
    [TestCase("failed")]
    [TestCase("rejected")]
    public void Rejected_recipients_are_read_from_each_error_member(string member)
    {
        var outcomes = Map($"{{\"messages\":[{Message("m1", "+34600000001")}],\"{member}\":[{{\"to\":\"+34 600 000 003\",\"code\":\"invalid_number\",\"message\":\"Not a mobile\"}}]}}");

        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Errors, Is.EqualTo(new[] { new InstasentFieldError("to", "invalid_number: Not a mobile") }));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Errors_from_several_members_are_all_read()
    {
        var outcomes = Map("{\"errors\":[{\"to\":\"+34600000001\"}],\"failed\":[{\"recipient\":\"+34600000002\"}],\"rejected\":[{\"index\":2}],\"meta\":{}}");

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Rejected));
    }

    [TestCase("index")]
    [TestCase("position")]
    public void An_error_position_places_it(string member)
    {
        var batch = new[] { "+34600000001", "+34600000001" };

        var outcomes = Map($"{{\"messages\":[],\"errors\":[{{\"{member}\":1,\"message\":\"duplicate\"}}]}}", batch);

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[1].Errors.Single().Message, Is.EqualTo("duplicate"));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void A_position_that_is_not_a_whole_number_does_not_place_the_error()
    {
        var batch = new[] { "+34600000001", "+34600000001" };

        var outcomes = Map("{\"errors\":[{\"index\":\"1\",\"to\":\"+34600000001\"},{\"position\":0.5,\"to\":\"+34600000001\"}]}", batch);

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Rejected), "both errors fit both identical recipients, by elimination");
        Assert.That(outcomes.Select(o => o.IsAmbiguous), Is.All.True);
    }

    [Test]
    public void A_numeric_recipient_is_still_a_recipient()
    {
        var outcomes = Map("{\"errors\":[{\"to\":34600000002,\"message\":\"blocked\"}]}");

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void A_recipient_member_that_is_not_text_falls_back_to_the_next()
    {
        var outcomes = Map("{\"errors\":[{\"to\":null,\"recipient\":\"+34600000003\"}]}");

        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Rejected));
    }

    [TestCase("{\"code\":\"blocked\"}", "blocked")]
    [TestCase("{\"message\":\"Blocked by carrier\"}", "Blocked by carrier")]
    [TestCase("{\"error\":{\"code\":\"blocked\",\"message\":\"Blocked by carrier\"}}", "blocked: Blocked by carrier")]
    [TestCase("{\"code\":\"outer\",\"error\":{\"code\":\"inner\",\"message\":\"inner text\"}}", "outer: inner text")]
    [TestCase("{\"message\":\"outer text\",\"error\":{\"code\":\"inner\",\"message\":\"inner text\"}}", "inner: outer text")]
    [TestCase("{}", "Rejected by the server without details.")]
    [TestCase("\"opted out\"", "opted out")]
    [TestCase("null", "Rejected by the server without details.")]
    public void The_rejection_text_is_the_code_and_message_the_error_gives(string error, string expected)
    {
        var outcomes = Map("{\"errors\":[" + error + "]}", Batch[..1]);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[0].Errors, Is.EqualTo(new[] { new InstasentFieldError("to", expected) }));
    }

    [Test]
    public void A_single_message_object_answers_a_one_recipient_batch()
    {
        var outcomes = Map(Message("m1", "+34600000001"), Batch[..1]);

        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("m1"));
    }

    [Test]
    public void An_object_without_messages_errors_or_id_accounts_for_nobody()
    {
        Assert.That(Map("{\"status\":\"queued\"}", Batch[..1])[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
        Assert.That(Map("\"ok\"", Batch[..1])[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void An_object_with_an_id_and_errors_is_not_read_as_a_message()
    {
        var outcomes = Map("{\"id\":\"batch_1\",\"errors\":[{\"to\":\"+34600000001\",\"message\":\"no\"}]}", Batch[..2]);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }
}
