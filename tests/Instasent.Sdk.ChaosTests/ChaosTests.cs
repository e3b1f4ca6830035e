using NUnit.Framework;

namespace Instasent.Sdk.ChaosTests;

public sealed class ChaosTests
{
    [Test]
    [CancelAfter(120_000)]
    public async Task A_small_seeded_chaos_run_breaks_no_invariant()
    {
        var report = await new ChaosRun(ChaosSettings.Small).RunAsync();
        TestContext.Out.WriteLine(report.ToMarkdown());

        Assert.That(report.Violations, Is.Empty, string.Join("\n", report.Violations.Take(10)));
        Assert.That(report.OperationsAttempted, Is.EqualTo(ChaosSettings.Small.Operations));
        Assert.That(report.FaultsInjected.Values.Sum(), Is.GreaterThan(ChaosSettings.Small.Operations / 10), "the run really injected faults");
        Assert.That(report.FaultsInjected.Keys.Count, Is.GreaterThanOrEqualTo(10), "every kind of fault occurred");
        Assert.That(report.Retries, Is.GreaterThan(0));
        Assert.That(report.OperationsSucceeded, Is.GreaterThan(report.OperationsAttempted / 2));
        foreach (var family in new[] { "Transactional.", "Legacy.", "LynSms.Send", "LynSms.SendBulk", "Hellio.SendSms", "Hellio.SendOtp", "Ingest.UpsertContacts", "Ingest.AppendEvents", "Product.ScrollAudience", "Hellio.ListMessages", "Webhook.LynSms", "Webhook.Hellio" })
        {
            Assert.That(report.Operations.Where(o => o.Key.StartsWith(family, StringComparison.Ordinal)).Sum(o => o.Value), Is.GreaterThan(0), family + " was exercised");
        }

        Assert.That(report.IdempotentReplays, Is.GreaterThan(0), "a fault after handling was answered by an idempotent replay");
        Assert.That(report.WebhookDeliveries, Is.GreaterThan(report.WebhookEvents), "webhooks were delivered in duplicate");
        Assert.That(report.WebhookHandlerFailures, Is.GreaterThan(0), "some webhook handlers failed and were redelivered");
        Assert.That(ChaosSettings.Small.ServerVariance && ChaosSettings.Small.HostVariance, "the CI run sees the world, not only the fake");
        Assert.That(report.VarianceEvents.Keys, Is.SupersetOf(new[] { "page size capped", "bulk answer reordered", "bulk error without position", "Retry-After on a 5xx/408", "webhook copies delivered concurrently (by the run)", "keyed send held in flight" }), "every server variance the run turns on happened");
        Assert.That(report.HostHandlerRequests, Is.GreaterThan(0), "the host's handlers really wrapped the SDK's clients");
        Assert.That(report.TenantCheckedRequests, Is.GreaterThan(report.RequestsReceived * 9 / 10), "almost every request's tenant was checked");
    }

    [Test]
    public void Settings_parse_from_the_command_line()
    {
        var settings = ChaosSettings.Parse(["--operations", "200000", "--seed", "7", "--concurrency", "32", "--fault-rate", "0.25", "--host-variance", "off", "--retention", "0"]);
        Assert.That(settings, Is.EqualTo(new ChaosSettings { Operations = 200_000, Seed = 7, Concurrency = 32, FaultRate = 0.25, HostVariance = false, Retention = 0 }));
        Assert.Throws<ArgumentException>(() => ChaosSettings.Parse(["--nope", "1"]));
        Assert.Throws<ArgumentException>(() => ChaosSettings.Parse(["--server-variance", "maybe"]));
    }
}
