using FsCheck.Fluent;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Sms;
using Instasent.Sdk.Transactional;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Fuzzing;

/// <summary>
/// Every response parser is fed random and hostile bodies under success and error statuses. The only acceptable outcomes
/// are a result or an <see cref="InstasentException"/>: never a raw JsonException, NullReferenceException or hang.
/// </summary>
public sealed class ResponseFuzzTests
{
    private static readonly int[] Statuses = [200, 201, 400, 404, 409, 422, 429, 500];

    private ServiceProvider provider = null!;
    private FuzzTransport transport = null!;
    private IInstasentClient client = null!;

    /// <summary>One entry per operation that reads a response body.</summary>
    private static IEnumerable<(string Name, Func<IInstasentClient, Task> Call)> Operations()
    {
        yield return ("Transactional.SendSms", c => c.Transactional.SendSmsAsync(new SmsMessage("Acme", "+34600111222", "x")));
        yield return ("Legacy.GetSms", c => c.Legacy.GetSmsAsync("id"));
        yield return ("Transactional.GetSmsPage", c => c.Transactional.GetSmsPageAsync(1));
        yield return ("Transactional.ListSms", async c => { await foreach (var _ in c.Transactional.ListSmsAsync(pageSize: 2).Take(3)) { } });
        yield return ("Transactional.SendBulkSms", async c =>
        {
            var result = await c.Transactional.SendBulkSmsAsync([new SmsMessage("A", "+34600000001", "a"), new SmsMessage("A", "+34600000002", "b")]);
            Assert.That(result.Items, Has.Count.EqualTo(2), "every item is accounted for, whatever the server said");
        });
        yield return ("Transactional.Lookup", c => c.Transactional.LookupAsync("+34600111222"));
        yield return ("Transactional.GetLookupPage", c => c.Transactional.GetLookupPageAsync(1));
        yield return ("Legacy.GetAccount", c => c.Legacy.GetAccountAsync());
        yield return ("Legacy.GetPriceProfile", c => c.Legacy.GetPriceProfileAsync(PriceProfileKind.Sms));
    }

    [SetUp]
    public void SetUp()
    {
        transport = new FuzzTransport();
        var services = new ServiceCollection();
        services.AddInstasentClient(o =>
        {
            o.Legacy.Token = "t";
            o.Transactional.Token = "t";
            o.Retry.MaxRetries = 0;
            o.MaxResponseBodyBytes = 4 * 1024 * 1024;
        }).ConfigurePrimaryHttpMessageHandler(_ => transport);
        provider = services.BuildServiceProvider();
        client = provider.GetRequiredService<IInstasentClient>();
    }

    [TearDown]
    public void TearDown() => provider.Dispose();

    [Test]
    public async Task Random_json_bodies_yield_results_or_typed_exceptions()
    {
        var bodies = Gen.Sample(HostileBodies.Json, 150, 12);
        var runs = 0;
        foreach (var body in bodies)
        {
            foreach (var (name, call) in Operations())
            {
                transport.Status = Statuses[runs++ % Statuses.Length];
                transport.Body = body;
                await AssertTypedOutcomeAsync(name, call, body);
            }
        }

        Assert.That(runs, Is.EqualTo(150 * Operations().Count()));
    }

    [Test]
    public async Task The_hostile_corpus_yields_results_or_typed_exceptions()
    {
        foreach (var (corpusName, body) in HostileBodies.Corpus())
        {
            foreach (var status in Statuses)
            {
                foreach (var (name, call) in Operations())
                {
                    transport.Status = status;
                    transport.Body = body;
                    await AssertTypedOutcomeAsync($"{name} / {corpusName} / {status}", call, body);
                }
            }
        }
    }

    [Test]
    public void Webhook_parsers_only_throw_typed_webhook_exceptions()
    {
        foreach (var body in Gen.Sample(HostileBodies.Json, 500, 12).Concat(HostileBodies.Corpus().Select(c => c.Body)))
        {
            foreach (var parse in new Action<byte[]>[]
            {
                b => DeliveryReportParser.Parse(b),
                b => Instasent.Sdk.Webhooks.LynSmsWebhookParser.Parse(b),
                b => Instasent.Sdk.Webhooks.HellioWebhookParser.ParseEvent(b),
                b => Instasent.Sdk.Webhooks.HellioWebhookParser.ParseUssdCallback(b),
            })
            {
                try
                {
                    parse(body);
                }
                catch (Instasent.Sdk.Webhooks.InstasentWebhookException)
                {
                }
            }
        }
    }

    private async Task AssertTypedOutcomeAsync(string name, Func<IInstasentClient, Task> call, byte[] body)
    {
        var run = Task.Run(() => call(client));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.That(finished, Is.SameAs(run), $"{name} hung on a {body.Length}-byte body");
        try
        {
            await run;
        }
        catch (InstasentException)
        {
        }
        catch (Exception ex)
        {
            Assert.Fail($"{name} with status {transport.Status} threw {ex.GetType().Name} for body: {Preview(body)}\n{ex}");
        }
    }

    private static string Preview(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
}
