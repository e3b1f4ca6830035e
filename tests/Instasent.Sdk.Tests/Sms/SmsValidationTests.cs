using Instasent.Sdk.Batching;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Sms;

public sealed class SmsValidationTests : FakeServerFixture
{
    private static IEnumerable<TestCaseData> Invalid()
    {
        yield return new TestCaseData(new SmsRequest("TooLongSender", "+34600111222", "x"), "request.from");
        yield return new TestCaseData(new SmsRequest("", "+34600111222", "x"), "request.from");
        yield return new TestCaseData(new SmsRequest("Acme", "600111222", "x"), "request.to");
        yield return new TestCaseData(new SmsRequest("Acme", "+0600111222", "x"), "request.to");
        yield return new TestCaseData(new SmsRequest("Acme", "+34 600 111 222", "x"), "request.to");
        yield return new TestCaseData(new SmsRequest("Acme", "+34600111222", ""), "request.text");
        yield return new TestCaseData(new SmsRequest("Acme", "+34600111222", "x") { ClientId = new string('c', 41) }, "request.clientId");
    }

    [TestCaseSource(nameof(Invalid))]
    public void Bad_input_fails_before_sending_and_names_the_field(SmsRequest message, string field)
    {
        var client = CreateClient();

        var ex = Assert.Throws<ArgumentException>(() => client.Transactional.SendSmsAsync(message));

        Assert.That(ex!.ParamName, Is.EqualTo(field));
        Assert.That(Server.RequestCount, Is.Zero);
    }

    [Test]
    public void A_bad_number_is_masked_in_the_error()
    {
        var client = CreateClient();
        var ex = Assert.Throws<ArgumentException>(() => client.Transactional.SendSmsAsync(new SmsRequest("Acme", "0034600111222", "x")));
        Assert.That(ex!.Message, Does.Not.Contain("0034600111222"));
    }

    [Test]
    public void Other_arguments_are_checked_too()
    {
        var client = CreateClient();
        Assert.Throws<ArgumentNullException>(() => client.Transactional.SendSmsAsync(null!));
        Assert.Throws<ArgumentException>(() => client.Transactional.GetSmsAsync(" "));
        Assert.Throws<ArgumentException>(() => client.Transactional.CreateLookupAsync("600111222"));
        Assert.Throws<ArgumentException>(() => client.Transactional.ListSmsAsync().AsPages("0"));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Transactional.ListSmsAsync().AsPages(pageSizeHint: 0));
        Assert.Throws<ArgumentNullException>(() => client.Transactional.SendBulkSmsAsync(null!));
        Assert.That(Server.RequestCount, Is.Zero);
    }

    [Test]
    public async Task In_bulk_each_item_is_validated_on_its_own()
    {
        var client = CreateClient();
        var messages = new[]
        {
            new SmsRequest("Acme", "+34600000000", "ok"),
            new SmsRequest("Acme", "nope", ""),
            new SmsRequest("Acme", "+34600000002", "ok"),
        };

        var result = await client.Transactional.SendBulkSmsAsync(messages);

        Assert.That(result.Items[1].Status, Is.EqualTo(BatchItemStatus.Rejected));
        Assert.That(result.Items[1].RejectedBeforeSending, Is.True);
        Assert.That(result.Items[1].Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "to", "text" }));
        Assert.That(result.Items[1].BatchNumber, Is.EqualTo(-1));
        Assert.That(result.AcceptedCount, Is.EqualTo(2));
        Assert.That(Server.Sms.Messages, Has.Count.EqualTo(2));
    }
}
