using System.Text.Json;
using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

/// <summary>
/// The <c>/sms/bulk</c> answer shapes a server may send (the error item shape is undocumented), read into one outcome
/// per message: which message each entity and error belongs to, and what the caller is told about a rejection.
/// </summary>
public sealed class BulkSmsOutcomeMapperTests
{
    private static readonly SmsRequest[] Batch =
    [
        new("Acme", "+34 600 000 001", "first") { ClientId = "c-1" },
        new("Acme", "+34600000002", "second") { ClientId = "c-2" },
        new("Acme", "+34600000003", "third") { ClientId = "c-3" },
    ];

    private static IReadOnlyList<BatchItemOutcome<SmsMessage>> Map(string json, IReadOnlyList<SmsRequest>? batch = null) =>
        BulkSmsOutcomeMapper.Map(batch ?? Batch, JsonSerializer.Deserialize(json, SmsJsonContext.Default.BulkSmsResponse)!);

    private static string Entity(string id, string? clientId, string? to, string? text, string toMember = "to") =>
        $"{{\"id\":\"{id}\",\"clientId\":{Str(clientId)},\"{toMember}\":{Str(to)},\"text\":{Str(text)}}}";

    private static string Str(string? value) => value is null ? "null" : "\"" + value + "\"";

    [Test]
    public void Entities_are_matched_by_client_id_whatever_their_order()
    {
        var outcomes = Map($"{{\"entities\":[{Entity("s3", "c-3", null, null)},{Entity("s1", "c-1", null, null)},{Entity("s2", "c-2", null, null)}]}}");

        Assert.That(outcomes.Select(o => o.Result!.Id), Is.EqualTo(new[] { "s1", "s2", "s3" }));
        Assert.That(outcomes.Select(o => o.IsAmbiguous), Is.All.False);
    }

    [Test]
    public void Without_client_ids_entities_are_matched_by_recipient_digits()
    {
        var outcomes = Map($"{{\"entities\":[{Entity("s2", null, "34600000002", null)},{Entity("s1", null, "+34600000001", null)},{Entity("s3", null, "0034-600000003", null)}]}}");

        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("s1"), "the spaces of the message's number are not part of its identity");
        Assert.That(outcomes[1].Result!.Id, Is.EqualTo("s2"));
        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Unknown), "0034600000003 is another number than 34600000003: never a guess");
    }

    [Test]
    public void An_entity_that_echoes_only_the_normalized_recipient_is_matched_by_it()
    {
        var outcomes = Map($"{{\"entities\":[{Entity("s2", null, "+34600000002", null, toMember: "normalizedTo")},{Entity("s1", null, "+34600000001", null, toMember: "normalizedTo")}]}}", Batch[..2]);

        Assert.That(outcomes.Select(o => o.Result!.Id), Is.EqualTo(new[] { "s1", "s2" }));
    }

    [Test]
    public void Entities_without_client_id_or_recipient_are_matched_by_text()
    {
        var batch = new SmsRequest[] { new("Acme", "+34600000001", "alpha"), new("Acme", "+34600000001", "beta") };

        var outcomes = Map($"{{\"entities\":[{Entity("sb", null, null, "beta")},{Entity("sa", null, null, "alpha")}]}}", batch);

        Assert.That(outcomes.Select(o => o.Result!.Id), Is.EqualTo(new[] { "sa", "sb" }));
    }

    [Test]
    public void A_null_entity_still_counts_as_one_accepted_message()
    {
        // Two accepted, one named: the null entry is the other message, by elimination.
        var outcomes = Map($"{{\"entities\":[{Entity("s1", "c-1", null, null)},null]}}", Batch[..2]);

        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("s1"));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Accepted));
        Assert.That(outcomes[1].Result, Is.Null);
    }

    [Test]
    public void An_answer_without_entities_or_errors_leaves_every_message_unknown()
    {
        Assert.That(Map("{}").Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(Map("{\"entities\":null,\"errors\":null}").Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
    }

    [TestCase("index")]
    [TestCase("position")]
    [TestCase("item")]
    public void An_error_with_an_explicit_position_rejects_that_message(string member)
    {
        var outcomes = Map($"{{\"entities\":[{Entity("s1", "c-1", null, null)},{Entity("s3", "c-3", null, null)}],\"errors\":[{{\"{member}\":1,\"message\":\"blocked\"}}]}}");

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[1].Errors, Is.EqualTo(new[] { new InstasentFieldError(string.Empty, "blocked") }));
        Assert.That(outcomes[0].Result!.Id, Is.EqualTo("s1"));
        Assert.That(outcomes[2].Result!.Id, Is.EqualTo("s3"));
    }

    [Test]
    public void A_position_that_is_not_a_whole_number_is_not_a_position()
    {
        // Without it the error fits no single message: all three stay unknown rather than guessed.
        var outcomes = Map("{\"errors\":[{\"index\":\"1\",\"message\":\"blocked\"},{\"position\":1.5,\"message\":\"x\"}]}", Batch);

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void An_error_is_matched_by_the_client_id_it_echoes_at_its_root()
    {
        var outcomes = Map($"{{\"entities\":[{Entity("s1", "c-1", null, null)}],\"errors\":[{{\"clientId\":\"c-3\",\"errors\":{{\"to\":[\"blocked\"]}}}}]}}");

        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Errors, Is.EqualTo(new[] { new InstasentFieldError("to", "blocked") }));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void An_error_is_matched_by_the_recipient_and_text_echoed_in_its_item_object()
    {
        var batch = new SmsRequest[] { new("Acme", "+34600000001", "alpha"), new("Acme", "+34600000001", "beta"), new("Acme", "+34600000002", "alpha") };

        var outcomes = Map("{\"errors\":[{\"item\":{\"to\":\"+34 600 000 001\",\"text\":\"beta\"},\"fields\":{\"text\":[\"forbidden word\"]}}]}", batch);

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[1].Errors, Is.EqualTo(new[] { new InstasentFieldError("text", "forbidden word") }));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Echoed_members_that_are_not_text_are_not_identity()
    {
        // clientId 3 (a number) is not "c-3": the error names nothing, so it is placed only by elimination.
        var outcomes = Map($"{{\"entities\":[{Entity("s1", "c-1", null, null)},{Entity("s2", "c-2", null, null)}],\"errors\":[{{\"clientId\":3,\"message\":\"no\"}}]}}");

        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Errors.Single().Message, Is.EqualTo("no"));
    }

    [Test]
    public void An_item_member_that_is_not_an_object_leaves_the_echo_at_the_root()
    {
        var outcomes = Map($"{{\"entities\":[{Entity("s1", "c-1", null, null)}],\"errors\":[{{\"item\":\"x\",\"clientId\":\"c-2\",\"message\":\"no\"}}]}}");

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Both_errors_and_fields_members_are_read_and_the_message_is_only_a_fallback()
    {
        var outcomes = Map("{\"errors\":[{\"index\":0,\"errors\":{\"to\":[\"bad\"]},\"fields\":{\"text\":[]},\"message\":\"general\"}]}", Batch[..1]);

        Assert.That(outcomes[0].Errors, Is.EqualTo(new[] { new InstasentFieldError("to", "bad"), new InstasentFieldError("text", "invalid") }));
    }

    [Test]
    public void A_bare_text_error_is_the_rejection_message()
    {
        var outcomes = Map("{\"errors\":[\"blacklisted\"]}", Batch[..1]);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[0].Errors, Is.EqualTo(new[] { new InstasentFieldError(string.Empty, "blacklisted") }));
    }

    [TestCase("{}")]
    [TestCase("{\"index\":0,\"message\":null}")]
    [TestCase("null")]
    [TestCase("[1]")]
    public void An_error_without_details_still_says_the_server_rejected_the_message(string error)
    {
        var outcomes = Map("{\"errors\":[" + error + "]}", Batch[..1]);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[0].Errors, Is.EqualTo(new[] { new InstasentFieldError(string.Empty, "Rejected by the server without details.") }));
    }
}
