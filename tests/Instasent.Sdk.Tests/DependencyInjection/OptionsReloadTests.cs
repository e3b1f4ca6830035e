using Instasent.Sdk.DependencyInjection;
using Instasent.Sdk.Errors;
using Instasent.Sdk.Ingest;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.DependencyInjection;

/// <summary>
/// Configuration reloads at run time (a rotated secret file, a changed app setting): a token read from a mounted file
/// ends with a newline, and a reload that breaks the options must fail calls with an SDK exception, never a raw
/// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>.
/// </summary>
public sealed class OptionsReloadTests
{
    private const string Project = FakeAudienceState.DefaultProjectId;
    private InstasentFakeServer server = null!;
    private IConfigurationRoot config = null!;
    private ServiceProvider provider = null!;

    [SetUp]
    public async Task SetUp()
    {
        server = await InstasentFakeServer.StartAsync();
        server.Audience.RegisterDatasource(Project, "ds_shop", token: "tok-shop");
        config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Instasent:AllowInsecureHttp"] = "true",
            ["Instasent:Transactional:Token"] = "old-token",
            ["Instasent:Transactional:BaseAddress"] = server.TransactionalBaseAddress.ToString(),
            ["Instasent:LynSms:Token"] = InstasentFakeServer.FakeLynSmsKey,
            ["Instasent:LynSms:BaseAddress"] = server.LynSmsBaseAddress.ToString(),
            ["Instasent:Product:BaseAddress"] = server.ProductBaseAddress.ToString(),
            ["Instasent:Ingest:BaseAddress"] = server.ProductBaseAddress.ToString(),
            ["Instasent:Ingest:ProjectId"] = Project,
            ["Instasent:Ingest:Datasources:shop:DatasourceId"] = "ds_shop",
            ["Instasent:Ingest:Datasources:shop:Token"] = "tok-shop",
        }).Build();
        var services = new ServiceCollection();
        services.AddInstasentClient(config.GetSection("Instasent"));
        provider = services.BuildServiceProvider();
    }

    [TearDown]
    public async Task TearDown()
    {
        await provider.DisposeAsync();
        await server.DisposeAsync();
    }

    private IInstasentClient Client => provider.GetRequiredService<IInstasentClient>();

    private void Reload(string key, string value)
    {
        config["Instasent:" + key] = value;
        config.Reload();
    }

    [Test]
    public async Task A_rotated_token_with_a_trailing_newline_is_used_trimmed()
    {
        await Client.Transactional.GetBalanceAsync();

        Reload("Transactional:Token", "new-token\n");
        await Client.Transactional.GetBalanceAsync();

        Assert.That(server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "old-token", "new-token" }));
    }

    [Test]
    public async Task Every_family_token_is_trimmed_on_reload_ingest_datasource_tokens_too()
    {
        Reload("LynSms:Token", " " + InstasentFakeServer.FakeLynSmsKey + "\r\n");
        Reload("Ingest:Datasources:shop:Token", "tok-shop\n");

        await Client.LynSms.GetBalanceAsync();
        await Client.Ingest.Datasource("shop").GetStreamAsync();

        Assert.That(server.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { InstasentFakeServer.FakeLynSmsKey, "tok-shop" }));
    }

    [Test]
    public void A_token_set_in_code_with_surrounding_whitespace_is_trimmed()
    {
        var options = new InstasentClientOptions();
        options.Transactional.Token = "\t tok \n";
        var datasource = new IngestDatasourceOptions { Token = " ds \r\n" };

        Assert.That(options.Transactional.Token, Is.EqualTo("tok"));
        Assert.That(datasource.Token, Is.EqualTo("ds"));
    }

    [Test]
    public async Task A_reload_that_makes_the_options_invalid_fails_calls_with_a_configuration_exception_until_fixed()
    {
        await Client.Transactional.GetBalanceAsync();

        try
        {
            Reload("Transactional:Token", "broken\u0001token");
        }
        catch (AggregateException reload) when (reload.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // IOptionsMonitor validates during the reload itself, so the code that reloads is told too; calls are what matter here.
        }

        var ex = Assert.ThrowsAsync<InstasentConfigurationException>(() => Client.Transactional.GetBalanceAsync());
        Assert.That(ex!.Message, Does.Contain("Instasent:Transactional:Token"));
        Assert.That(ex.ToString(), Does.Not.Contain("broken"), "the token never appears in the error");
        Assert.That(server.Requests, Has.Count.EqualTo(1), "nothing was sent with invalid options");

        Reload("Transactional:Token", "fixed-token");
        await Client.Transactional.GetBalanceAsync();
        Assert.That(server.Requests[^1].BearerToken, Is.EqualTo("fixed-token"));
    }
}
