using Instasent.Sdk.Batching;
using Instasent.Sdk.Errors;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Batching;

/// <summary>The matching rules every bulk mapper shares: identity first, never a guess.</summary>
public sealed class BatchMatcherTests
{
    private static readonly IReadOnlyList<InstasentFieldError> Refused = [new InstasentFieldError("to", "refused")];

    // Items: (clientId, recipient) pairs; two levels.
    private static BatchMatcher<string> Matcher(params (string? ClientId, string To)[] items) =>
        new(items.Length, 2, (i, level) => level == 0 ? items[i].ClientId : items[i].To);

    [Test]
    public void A_position_whose_echo_disagrees_is_ignored_and_identity_decides()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddRejected(0, ["b", null], Refused);
        matcher.AddAccepted(null, ["a", "1"], "sms-a");

        var outcomes = matcher.Resolve<string>((_, p) => p);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Accepted));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
    }

    [Test]
    public void An_answer_whose_identity_fits_no_item_is_never_attached()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["a", "1"], "sms-a");
        matcher.AddAccepted(null, ["zzz", "9"], "sms-z");

        var outcomes = matcher.Resolve<string>((_, p) => p);

        Assert.That(outcomes[0].Result, Is.EqualTo("sms-a"));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Unknown));
        Assert.That(outcomes[1].Result, Is.Null);
    }

    [Test]
    public void An_echo_that_fits_items_that_differ_is_too_vague_and_leaves_them_unknown()
    {
        // Both items go to recipient 1; the error echoes only the recipient, the entity echoes nothing.
        var matcher = Matcher(("a", "1"), ("b", "1"));
        matcher.AddRejected(null, [null, "1"], Refused);
        matcher.AddAccepted(null, [null, null], "sms");

        var outcomes = matcher.Resolve<string>((_, p) => p);

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Unknown), "one was accepted and one refused: which is which cannot be known");
    }

    [Test]
    public void Elimination_places_the_last_answers_only_when_their_verdict_is_the_same()
    {
        var same = Matcher(("a", "1"), ("b", "2"), ("c", "3"));
        same.AddAccepted(null, ["a", "1"], "sms-a");
        same.AddRejected(null, [null, null], Refused);
        same.AddRejected(null, [null, null], Refused);
        var sameOutcomes = same.Resolve<string>((_, p) => p);

        var mixed = Matcher(("a", "1"), ("b", "2"), ("c", "3"));
        mixed.AddAccepted(null, ["a", "1"], "sms-a");
        mixed.AddRejected(null, [null, null], Refused);
        mixed.AddAccepted(null, [null, null], "sms-?");
        var mixedOutcomes = mixed.Resolve<string>((_, p) => p);

        Assert.That(sameOutcomes.Select(o => o.Status), Is.EqualTo(new[] { BatchItemStatus.Accepted, BatchItemStatus.Rejected, BatchItemStatus.Rejected }));
        Assert.That(sameOutcomes.Skip(1).Select(o => o.IsAmbiguous), Is.All.True, "both were refused; whose error is whose is not known");
        Assert.That(mixedOutcomes.Skip(1).Select(o => o.Status), Is.All.EqualTo(BatchItemStatus.Unknown));
    }

    [Test]
    public void An_item_both_accepted_and_rejected_is_unknown()
    {
        var matcher = Matcher(("a", "1"), ("b", "2"));
        matcher.AddAccepted(null, ["a", "1"], "sms-a");
        matcher.AddAccepted(null, ["b", "2"], "sms-b");
        matcher.AddRejected(null, ["a", null], Refused);

        var outcomes = matcher.Resolve<string>((_, p) => p);

        Assert.That(outcomes[0].Status, Is.EqualTo(BatchItemStatus.Unknown));
        Assert.That(outcomes[1].Status, Is.EqualTo(BatchItemStatus.Accepted));
    }
}
