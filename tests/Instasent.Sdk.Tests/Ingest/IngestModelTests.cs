using Instasent.Sdk.Ingest;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Ingest;

public sealed class IngestModelTests
{
    [Test]
    public void WithAttribute_returns_a_new_contact_and_leaves_the_original_and_its_copies_unchanged()
    {
        var contact = new IngestContact("u1") { Email = "a@example.com" };
        var copy = contact with { };

        var pro = contact.WithAttribute("plan", "pro");
        var tiered = pro.WithAttribute("tier", 2m);

        Assert.That(pro, Is.Not.SameAs(contact));
        Assert.That(contact.Attributes, Is.Null.Or.Empty, "the original is not changed");
        Assert.That(copy.Attributes, Is.Null.Or.Empty, "a copy made before is not changed");
        Assert.That(pro.Attributes!.Keys, Is.EquivalentTo(new[] { "plan" }));
        Assert.That(tiered.Attributes!.Keys, Is.EquivalentTo(new[] { "plan", "tier" }));
        Assert.That(pro.Email, Is.EqualTo("a@example.com"));
        Assert.That(tiered.Attributes["plan"].GetString(), Is.EqualTo("pro"));
    }

    [Test]
    public void WithParameter_returns_a_new_event_and_leaves_the_original_unchanged()
    {
        var e = new IngestEvent("u1", "purchase", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        var withAmount = e.WithParameter("amount", 9.5m);
        var withBoth = withAmount.WithParameter("currency", "EUR");

        Assert.That(withAmount, Is.Not.SameAs(e));
        Assert.That(e.Parameters, Is.Null.Or.Empty);
        Assert.That(withAmount.Parameters!.Keys, Is.EquivalentTo(new[] { "amount" }));
        Assert.That(withBoth.Parameters!.Keys, Is.EquivalentTo(new[] { "amount", "currency" }));
    }
}
