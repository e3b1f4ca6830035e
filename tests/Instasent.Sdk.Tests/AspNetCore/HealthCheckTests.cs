using Instasent.Sdk.AspNetCore;
using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.AspNetCore;

/// <summary>
/// <c>AddInstasentHealthChecks()</c> against the fake server over loopback: one check per configured family, client and
/// Ingest datasource, each a real authenticated read; 401/403 Unhealthy, 429 Degraded, other failures Unhealthy by type;
/// no token or server text in the report or the logs.
/// </summary>
public sealed class HealthCheckTests
{
    private const string Secret = "tok_SECRET_77c2e1";

    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    [Test]
    public async Task Healthy_fake_gives_one_healthy_check_per_configured_family_each_a_real_authenticated_read()
    {
        await using var sp = Build();

        var report = await CheckAsync(sp);

        Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy), Describe(report));
        Assert.That(report.Entries.Keys, Is.EquivalentTo(new[]
        {
            "Instasent:Legacy", "Instasent:Transactional", "Instasent:Product", "Instasent:Ingest:shop", "Instasent:LynSms", "Instasent:Hellio",
        }));
        Assert.That(report.Entries.Values.Select(e => e.Tags), Is.All.EquivalentTo(new[] { "ready" }));
        Assert.That(report.Entries["Instasent:Legacy"].Description, Is.EqualTo("Legacy: GET /organization/account answered 200"));
        Assert.That(report.Entries["Instasent:Ingest:shop"].Data["datasource"], Is.EqualTo("shop"));
        var paths = server.Requests.Select(r => r.Method + " " + r.Path).ToList();
        Assert.That(paths, Does.Contain("GET /organization/account"));
        Assert.That(paths, Does.Contain("GET /transactional/v1/organization/account"));
        Assert.That(paths, Does.Contain($"GET /v1/project/{FakeAudienceState.DefaultProjectId}"));
        Assert.That(paths, Does.Contain($"GET /v1/project/{FakeAudienceState.DefaultProjectId}/datasource/{FakeAudienceState.DefaultDatasourceId}/stream"));
        Assert.That(paths, Has.Some.EndsWith("/balance"));
        Assert.That(server.Requests.Select(r => r.BearerToken), Has.None.Null, "every probe is authenticated");
        Assert.That(server.Requests, Has.Count.EqualTo(6), "one request per check: nothing else is sent");
    }

    [Test]
    public async Task A_family_without_a_token_gets_no_check_and_Product_without_a_project_reads_the_organization()
    {
        await using var sp = Build(o =>
        {
            o.LynSms.Token = null;
            o.Hellio.Token = null;
            o.Product.ProjectId = null;
            o.Ingest.Datasources.Clear();
        });

        var report = await CheckAsync(sp);

        Assert.That(report.Entries.Keys, Is.EquivalentTo(new[] { "Instasent:Legacy", "Instasent:Transactional", "Instasent:Product" }));
        Assert.That(report.Entries["Instasent:Product"].Description, Is.EqualTo("Product: GET / answered 200"));
    }

    [Test]
    public async Task Rejected_token_401_is_unhealthy_with_the_exception_type_and_other_families_stay_healthy()
    {
        await using var sp = Build(o => o.Transactional.Token = "transactional-token");
        server.EnqueueFault(FakeFault.Json(401, """{"message":"Unauthenticated."}""") with { Token = "transactional-token" });

        var report = await CheckAsync(sp);

        var entry = report.Entries["Instasent:Transactional"];
        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.Contain("InstasentAuthenticationException").And.Contain("HTTP 401").And.Contain("credential is rejected"));
        Assert.That(entry.Data["status_code"], Is.EqualTo(401));
        Assert.That(report.Entries.Where(e => e.Key != "Instasent:Transactional").Select(e => e.Value.Status), Is.All.EqualTo(HealthStatus.Healthy));
        Assert.That(report.Status, Is.EqualTo(HealthStatus.Unhealthy));
    }

    [Test]
    public async Task Forbidden_403_is_unhealthy()
    {
        await using var sp = Build(o => o.Legacy.Token = "legacy-token");
        server.EnqueueFault(FakeFault.Json(403, """{"message":"Forbidden."}""") with { Token = "legacy-token" });

        var report = await CheckAsync(sp);

        var entry = report.Entries["Instasent:Legacy"];
        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.Contain("InstasentPermissionDeniedException").And.Contain("HTTP 403"));
        Assert.That(entry.Data["error_type"], Is.EqualTo("InstasentPermissionDeniedException"));
    }

    [Test]
    public async Task Throttled_429_beyond_the_retry_rules_is_degraded_not_unhealthy()
    {
        await using var sp = Build(o => o.Product.Token = "product-token");
        // A wait longer than MaxRetryDelay (30 s by default) fails at once: no real time passes.
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "3600")) with { Token = "product-token", PathEndsWith = "/" + FakeAudienceState.DefaultProjectId });

        var report = await CheckAsync(sp);

        var entry = report.Entries["Instasent:Product"];
        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Degraded), entry.Description);
        Assert.That(entry.Description, Does.Contain("InstasentRateLimitedException").And.Contain("HTTP 429"));
        Assert.That(report.Status, Is.EqualTo(HealthStatus.Degraded), "one throttled family degrades the report, it does not fail it");
    }

    [Test]
    public async Task Any_other_failure_is_unhealthy_with_its_type()
    {
        await using var sp = Build();
        // What Ingest answers for a datasource this token may not see.
        server.EnqueueFault(FakeFault.Json(404, """{"message":"Datasource not found."}""") with { PathEndsWith = "/stream" });

        var report = await CheckAsync(sp);

        var entry = report.Entries["Instasent:Ingest:shop"];
        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(entry.Description, Does.StartWith("Ingest datasource 'shop': GET /project/{project}/datasource/{datasource}/stream failed with InstasentNotFoundException (HTTP 404)"));
        Assert.That(entry.Exception, Is.Null, "the exception is not handed to report writers: its message may echo what the server said");
    }

    [Test]
    public async Task Named_clients_get_their_own_checks_with_their_own_tokens()
    {
        await using var sp = Build(more: services => services.AddInstasentClient("tenant-a", o =>
        {
            TestClients.Copy(server.CreateClientOptions("tenant-token"), o);
            o.Legacy.Token = null;
            o.Product.Token = null;
            o.LynSms.Token = null;
            o.Hellio.Token = null;
        }));
        server.EnqueueFault(FakeFault.Json(401, """{"message":"Unauthenticated."}""") with { Token = "tenant-token" });

        var report = await CheckAsync(sp);

        Assert.That(report.Entries.Keys, Does.Contain("Instasent:tenant-a:Transactional").And.Not.Contain("Instasent:tenant-a:Legacy"));
        Assert.That(report.Entries["Instasent:tenant-a:Transactional"].Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(report.Entries["Instasent:Transactional"].Status, Is.EqualTo(HealthStatus.Healthy), "the default client's token is another one");
    }

    [Test]
    public async Task No_token_or_server_text_in_the_report_or_the_logs()
    {
        var logs = new FakeLoggerProvider();
        await using var sp = Build(
            o =>
            {
                o.Legacy.Token = Secret;
                o.Transactional.Token = Secret;
                o.Product.Token = Secret;
                o.Hellio.Token = Secret;
            },
            logs: logs);
        // Servers echo what they were sent; the report must not pass it on.
        server.EnqueueFault(FakeFault.Json(401, $$"""{"message":"Invalid token {{Secret}} for +34600111222"}""") with { PathEndsWith = "/organization/account", Times = 2 });
        server.EnqueueFault(FakeFault.RateLimited(("Retry-After", "3600")) with { Token = Secret, PathEndsWith = "/balance" });
        server.EnqueueFault(FakeFault.Json(400, $$"""{"message":"boom {{Secret}}"}""") with { Token = Secret, PathEndsWith = "/" + FakeAudienceState.DefaultProjectId });

        var report = await CheckAsync(sp);

        Assert.That(report.Entries.Values.Select(e => e.Status), Does.Contain(HealthStatus.Unhealthy).And.Contain(HealthStatus.Degraded).And.Contain(HealthStatus.Healthy));
        var reported = report.Entries.SelectMany(e => new[] { e.Key, e.Value.Description ?? string.Empty, e.Value.Exception?.ToString() ?? string.Empty }
            .Concat(e.Value.Data.Select(d => d.Key + "=" + d.Value)))
            .ToList();
        var logged = logs.Collector.GetSnapshot().SelectMany(r => new[] { r.Message, r.Exception?.ToString() ?? string.Empty }
            .Concat((r.StructuredState ?? []).Select(p => p.Key + "=" + p.Value)))
            .ToList();
        Assert.That(logged, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(reported, Has.None.Contains(Secret), "token in the report");
            Assert.That(reported, Has.None.Contains("600111222"), "number in the report");
            Assert.That(reported, Has.None.Contains("Invalid token").And.None.Contains("boom"), "server text in the report");
            Assert.That(logged, Has.None.Contains(Secret), "token in the logs");
        });
    }

    private ServiceProvider Build(Action<InstasentClientOptions>? configure = null, Action<IServiceCollection>? more = null, FakeLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        // Registered before the clients on purpose: the checks follow the registrations whatever the order.
        services.AddHealthChecks().AddInstasentHealthChecks(tags: ["ready"]);
        services.AddInstasentClient(o =>
        {
            TestClients.Copy(server.CreateClientOptions(), o);
            o.Ingest.Datasources["shop"] = new IngestDatasourceOptions { DatasourceId = FakeAudienceState.DefaultDatasourceId };
            configure?.Invoke(o);
        });
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    private static Task<HealthReport> CheckAsync(ServiceProvider sp) => sp.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    private static string Describe(HealthReport report) =>
        string.Join("; ", report.Entries.Select(e => e.Key + " " + e.Value.Status + " " + e.Value.Description));
}
