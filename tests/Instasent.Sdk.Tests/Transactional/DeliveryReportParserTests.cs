using Instasent.Sdk.Sms;
using Instasent.Sdk.Transactional;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Transactional;

public sealed class DeliveryReportParserTests
{
    [Test]
    public void Parses_the_documented_payload()
    {
        var report = DeliveryReportParser.Parse("""{ "id": "sms-id", "clientId": "custom-id", "status": "delivered", "code": 0, "eventAt": "2026-04-21T10:15:00Z" }""");

        Assert.That(report.Id, Is.EqualTo("sms-id"));
        Assert.That(report.ClientId, Is.EqualTo("custom-id"));
        Assert.That(report.Status, Is.EqualTo(SmsStatus.Delivered));
        Assert.That(report.Status.IsFinal, Is.True);
        Assert.That(report.Code, Is.Zero);
        Assert.That(report.EventAt, Is.EqualTo(new DateTimeOffset(2026, 4, 21, 10, 15, 0, TimeSpan.Zero)));
        Assert.That(report.IsInbound, Is.False);
    }

    [Test]
    public void Keeps_unknown_statuses_and_fields()
    {
        var report = DeliveryReportParser.Parse("""{"id":"x","status":"inbound","code":"17","eventAt":"not a date","carrier":"Movistar"}""");

        Assert.That(report.Status.Value, Is.EqualTo("inbound"));
        Assert.That(report.Status.IsKnown, Is.False);
        Assert.That(report.Code, Is.EqualTo(17));
        Assert.That(report.EventAt, Is.Null, "an unreadable date does not fail the report");
        Assert.That(report.AdditionalProperties!["carrier"].GetString(), Is.EqualTo("Movistar"));
    }

    [Test]
    public void Inbound_messages_keep_their_text_out_of_to_string()
    {
        var report = DeliveryReportParser.Parse("""{"id":"in-1","status":"stop","message":"STOP please","eventAt":"2026-04-21T10:15:00Z"}""");

        Assert.That(report.IsInbound, Is.True);
        Assert.That(report.Message, Is.EqualTo("STOP please"));
        Assert.That(report.ToString(), Does.Not.Contain("STOP please"));
    }

    [Test]
    public void Duplicate_deliveries_share_a_deduplication_key()
    {
        const string Body = """{"id":"a","status":"delivered","eventAt":"2026-04-21T12:15:00+02:00"}""";
        var first = DeliveryReportParser.Parse(Body);
        var again = DeliveryReportParser.Parse(Body);
        var later = DeliveryReportParser.Parse("""{"id":"a","status":"failed","eventAt":"2026-04-21T10:16:00Z"}""");

        Assert.That(again.DeduplicationKey, Is.EqualTo(first.DeduplicationKey));
        Assert.That(later.DeduplicationKey, Is.Not.EqualTo(first.DeduplicationKey));
        Assert.That(first.DeduplicationKey, Is.EqualTo("a|delivered|2026-04-21T10:15:00.0000000+00:00"));
    }

    [TestCase("")]
    [TestCase("[]")]
    [TestCase("{\"status\":\"delivered\"}")]
    [TestCase("{\"id\":")]
    [TestCase("<html/>")]
    public void Rejects_bodies_that_are_not_reports(string body) =>
        Assert.Throws<Instasent.Sdk.Webhooks.WebhookPayloadException>(() => DeliveryReportParser.Parse(body));

    [Test]
    public void Secret_comparison()
    {
        Assert.That(DeliveryReportParser.IsExpectedSecret("s3cr3t-value", "s3cr3t-value"), Is.True);
        Assert.That(DeliveryReportParser.IsExpectedSecret("s3cr3t-valuf", "s3cr3t-value"), Is.False);
        Assert.That(DeliveryReportParser.IsExpectedSecret(null, "s3cr3t-value"), Is.False);
    }
}
