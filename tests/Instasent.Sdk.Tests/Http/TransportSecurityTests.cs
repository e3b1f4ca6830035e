using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Http;

/// <summary>
/// Pipeline guarantees that hold for every family because they live in the shared pipeline and validator: a redirect is
/// never followed (so the bearer token never reaches the redirect target), and an http base address is refused unless
/// AllowInsecureHttp is set.
/// </summary>
public sealed class TransportSecurityTests : FakeServerFixture
{
    private const string Token = "tok_REDIRECT_SECRET_42";

    public static IEnumerable<TestCaseData> Reads()
    {
        yield return new TestCaseData("Legacy", (Func<IInstasentClient, Task>)(c => c.Legacy.GetBalanceAsync()));
        yield return new TestCaseData("Transactional", (Func<IInstasentClient, Task>)(c => c.Transactional.GetSmsAsync("sms-1")));
        yield return new TestCaseData("Product", (Func<IInstasentClient, Task>)(c => c.Product.Project.GetOrganizationAsync()));
        yield return new TestCaseData("Ingest", (Func<IInstasentClient, Task>)(c => c.Ingest.Datasource(FakeAudienceState.DefaultProjectId, FakeAudienceState.DefaultDatasourceId).GetStreamAsync()));
        yield return new TestCaseData("LynSms", (Func<IInstasentClient, Task>)(c => c.LynSms.GetBalanceAsync()));
        yield return new TestCaseData("Hellio", (Func<IInstasentClient, Task>)(c => c.Hellio.GetBalanceAsync()));
    }

    [Test]
    public void Every_family_is_covered_here() =>
        Assert.That(Reads().Select(r => (string)r.Arguments[0]!), Is.EquivalentTo(InstasentFamilies.All.Select(f => f.Name)));

    [TestCaseSource(nameof(Reads))]
    public async Task A_redirect_is_never_followed_so_the_token_never_reaches_the_target(string family, Func<IInstasentClient, Task> read)
    {
        await using var elsewhere = await InstasentFakeServer.StartAsync();
        var client = CreateClient(o =>
        {
            o.Legacy.Token = Token;
            o.Transactional.Token = Token;
            o.Product.Token = Token;
            o.Ingest.Token = Token;
            o.Hellio.Token = Token;
        });

        foreach (var status in new[] { 301, 302, 303, 307, 308 })
        {
            var before = Server.RequestCount;
            Server.EnqueueFault(new FakeFault { StatusCode = status, Headers = new Dictionary<string, string> { ["Location"] = new Uri(elsewhere.BaseAddress, "steal").ToString() }, Times = 10 });

            var ex = Assert.CatchAsync<InstasentException>(() => WithFakeTime(Wrap(read(client))), $"{family}: a {status} is an error, not a hop");

            Assert.That(ex, Is.InstanceOf<InstasentApiException>());
            Assert.That(((InstasentApiException)ex!).StatusCode, Is.EqualTo(status), family);
            Assert.That(Server.RequestCount - before, Is.EqualTo(1), $"{family}: a {status} is neither followed nor retried");
            Assert.That(elsewhere.RequestCount, Is.Zero, $"{family}: nothing, least of all the Authorization header, reached the redirect target");
            Server.ClearFaults();
        }

        Assert.That(Server.Requests.Select(r => r.BearerToken), Is.Not.Empty.And.All.Not.Null,
            $"{family}: the token was sent to the configured host only (the check above would be empty if it never was)");
    }

    [Test]
    public void An_http_base_address_is_refused_for_every_family_unless_explicitly_allowed()
    {
        Assert.That(InstasentFamilies.All, Has.Count.GreaterThanOrEqualTo(6));
        foreach (var family in InstasentFamilies.All)
        {
            var options = Valid();
            family.SelectOptions(options).BaseAddress = new Uri("http://api.example.com/v1");
            var ex = Assert.Throws<OptionsValidationException>(() => new InstasentClient(options).Dispose(), family.Name);
            Assert.That(ex!.Message, Does.Contain($"Instasent:{family.Name}:BaseAddress").And.Contain("clear text"), family.Name);

            options.AllowInsecureHttp = true;
            Assert.DoesNotThrow(() => new InstasentClient(options).Dispose(), $"{family.Name}: AllowInsecureHttp lets a loopback test server use http");
        }
    }

    private static InstasentClientOptions Valid()
    {
        var options = new InstasentClientOptions();
        options.Transactional.Token = "token";
        return options;
    }

    private static async Task<bool> Wrap(Task task)
    {
        await task;
        return true;
    }
}
