using Instasent.Sdk.Sms;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

public sealed class SmsSegmentCalculatorTests
{
    [TestCase("", SmsEncoding.Gsm7, 0, 0)]
    [TestCase("Hello", SmsEncoding.Gsm7, 5, 1)]
    [TestCase("Price: 5€", SmsEncoding.Gsm7Extended, 10, 1)]
    [TestCase("{[~]}", SmsEncoding.Gsm7Extended, 10, 1)]
    [TestCase("Привет", SmsEncoding.Ucs2, 6, 1)]
    [TestCase("Hi 👋", SmsEncoding.Ucs2, 5, 1)]
    public void Detects_encoding_and_counts_units(string text, SmsEncoding encoding, int units, int parts)
    {
        var info = SmsSegmentCalculator.Calculate(text);
        Assert.That(info.Encoding, Is.EqualTo(encoding));
        Assert.That(info.Characters, Is.EqualTo(units));
        Assert.That(info.Parts, Is.EqualTo(parts));
    }

    [TestCase(160, 1)]
    [TestCase(161, 2)]
    [TestCase(306, 2)]
    [TestCase(307, 3)]
    public void Gsm7_parts_follow_160_then_153(int length, int parts) =>
        Assert.That(SmsSegmentCalculator.Calculate(new string('a', length)).Parts, Is.EqualTo(parts));

    [TestCase(70, 1)]
    [TestCase(71, 2)]
    [TestCase(134, 2)]
    [TestCase(135, 3)]
    public void Ucs2_parts_follow_70_then_67(int length, int parts) =>
        Assert.That(SmsSegmentCalculator.Calculate(new string('ж', length)).Parts, Is.EqualTo(parts));

    [Test]
    public void Extension_characters_count_two_towards_the_limit()
    {
        Assert.That(SmsSegmentCalculator.Calculate(new string('a', 158) + "€").Parts, Is.EqualTo(1));
        Assert.That(SmsSegmentCalculator.Calculate(new string('a', 159) + "€").Parts, Is.EqualTo(2));
    }

    [Test]
    public void Surrogate_pairs_count_two_in_ucs2()
    {
        var info = SmsSegmentCalculator.Calculate(string.Concat(Enumerable.Repeat("😀", 35)));
        Assert.That(info.Characters, Is.EqualTo(70));
        Assert.That(info.Parts, Is.EqualTo(1));
        Assert.That(SmsSegmentCalculator.Calculate(string.Concat(Enumerable.Repeat("😀", 36))).Parts, Is.EqualTo(2));
    }

    [Test]
    public void Remaining_says_how_much_fits_before_another_part()
    {
        Assert.That(SmsSegmentCalculator.Calculate("abc").Remaining, Is.EqualTo(157));
        Assert.That(SmsSegmentCalculator.RequiresUnicode("ça va"), Is.True);
        Assert.That(SmsSegmentCalculator.RequiresUnicode("Ça va"), Is.False, "Ç is in the GSM basic table, ç is not");
    }
}
