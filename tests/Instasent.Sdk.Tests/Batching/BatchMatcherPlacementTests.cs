using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>
/// The placement rules of <see cref="BatchMatcher{TPayload}"/> one by one: positions, the order answers are placed in,
/// duplicates, elimination, empty keys and what an unplaced item is told.
/// </summary>
public sealed class BatchMatcherPlacementTests
{
    private static readonly IReadOnlyList<InstasentFieldError> Refused = [new InstasentFieldError("to", "refused")];

    private static BatchMatcher<string> Matcher(params (string? ClientId, string? To)[] items) =>
        new(items.Length, 2, (i, level) => level == 0 ? items[i].ClientId : items[i].To);

    private static BatchItemOutcome<string>[] Resolve(BatchMatcher<string> matcher) => matcher.Resolve<string>((_, p) => p);

    [TestCase(-1)]
    [TestCase(2)]
    [TestCase(99)]
    public void A_position_out_of_range_is_ignored_and_identity_decides(int position)
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(position, ["b", null], "sms-b");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[1].Result, Is.EqualTo("sms-b"));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void A_position_without_an_echo_places_the_answer()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddRejected(1, [null, null], Refused);

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[1].Errors, Is.SameAs(Refused));
        Assert.That(outcomes[1].IsAmbiguous, Is.False);
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void A_position_already_taken_leaves_the_second_answer_to_identity()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(0, ["a", null], "sms-a");
        matcher.AddAccepted(0, ["b", null], "sms-b");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes.Select(o => o.Result), Is.EqualTo(new[] { "sms-a", "sms-b" }));
    }

    [Test]
    public void Answers_that_echo_more_keys_are_placed_first()
    {
        // The vague rejection arrives first; placed in arrival order it would fit two items and be lost.
        var matcher = Matcher(("a", "1"), ("b", "1"), ("c", "2"));
        matcher.AddRejected(null, [null, "1"], Refused);
        matcher.AddAccepted(null, ["a", "1"], "sms-a");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[0].Result, Is.EqualTo("sms-a"));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes[2].Status, Is.EqualTo(BatchItemStatus.Unknown));
        Assert.That(outcomes[2].Errors.Single().Message, Does.StartWith("The server's answer did not mention this item"));
    }

    [Test]
    public void Identical_items_take_their_answers_in_turn_and_are_marked_ambiguous()
    {
        var matcher = Matcher(("a", "1"), ("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["a", "1"], "first");
        matcher.AddAccepted(null, ["a", "1"], "second");
        matcher.AddAccepted(null, ["b", "2"], "sms-b");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes.Select(o => o.Result), Is.EqualTo(new[] { "first", "second", "sms-b" }));
        Assert.That(outcomes.Select(o => o.IsAmbiguous), Is.EqualTo(new[] { true, true, false }));
    }

    [Test]
    public void One_answer_for_two_identical_items_answers_the_first_and_leaves_the_other_unknown()
    {
        var matcher = Matcher(("a", "1"), ("a", "1"));
        matcher.AddAccepted(null, ["a", "1"], "only");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[0].Result, Is.EqualTo("only"));
        Assert.That(outcomes[0].IsAmbiguous, Is.True);
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Elimination_of_a_single_item_is_certain()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["a", "1"], "sms-a");
        matcher.AddAccepted(null, [null, null], "sms-b");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[1].Result, Is.EqualTo("sms-b"));
        Assert.That(outcomes[1].IsAmbiguous, Is.False);
    }

    [Test]
    public void Elimination_of_several_items_is_certain_about_the_status_only()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddRejected(null, [null, null], Refused);
        matcher.AddRejected(null, [null, null], Refused);

        var outcomes = Resolve(matcher);

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Rejected));
        Assert.That(outcomes.Select(o => o.IsAmbiguous), Is.All.True);
    }

    [Test]
    public void A_keyed_left_over_that_fits_only_an_answered_item_is_not_placed_by_elimination()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["a", "1"], "sms-a");
        matcher.AddAccepted(null, ["a", null], "again");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[0].Result, Is.EqualTo("sms-a"));
        Assert.That(outcomes[0].IsAmbiguous, Is.True, "a second answer named it");
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
        Assert.That(outcomes[1].Errors.Single().Message, Does.Contain("has 1 entry that could not be matched"));
    }

    [Test]
    public void The_unknown_text_counts_the_left_over_entries()
    {
        var matcher = Matcher(("a", "1"), ("b", "1"), ("c", "1"));
        matcher.AddAccepted(null, [null, "1"], "x");
        matcher.AddAccepted(null, [null, "1"], "y");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
        Assert.That(outcomes[0].Errors.Single().Message, Does.Contain("has 2 entries that could not be matched"));
    }

    [Test]
    public void An_empty_key_on_either_side_is_no_key()
    {
        // A server echoing "clientId": "" for messages sent without one is matched by the recipient.
        var matcher = Matcher(("a", "1"), (string.Empty, "2"), (null, "3"));
        matcher.AddAccepted(null, [string.Empty, "2"], "sms-2");
        matcher.AddAccepted(null, [string.Empty, "3"], "sms-3");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes[1].Result, Is.EqualTo("sms-2"));
        Assert.That(outcomes[2].Result, Is.EqualTo("sms-3"));
        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void Echoes_shorter_or_longer_than_the_levels_are_read_level_by_level()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["b"], "short");
        matcher.AddAccepted(null, ["a", "1", "extra"], "long");

        var outcomes = Resolve(matcher);

        Assert.That(outcomes.Select(o => o.Result), Is.EqualTo(new[] { "long", "short" }));
    }

    [Test]
    public void The_result_builder_receives_the_items_position()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["b", "2"], "sms-b");
        matcher.AddAccepted(null, ["a", "1"], "sms-a");

        var outcomes = matcher.Resolve<string>((i, p) => $"{i}:{p}");

        Assert.That(outcomes.Select(o => o.Result), Is.EqualTo(new[] { "0:sms-a", "1:sms-b" }));
        Assert.That(outcomes.Select(o => o.Index), Is.EqualTo(new[] { 0, 1 }));
    }
}
