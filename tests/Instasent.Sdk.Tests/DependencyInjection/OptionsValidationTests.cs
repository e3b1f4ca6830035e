using Instasent.Sdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.DependencyInjection;

public sealed class OptionsValidationTests
{
    private static InstasentClientOptions Valid()
    {
        var options = new InstasentClientOptions();
        options.Transactional.Token = "token";
        return options;
    }

    private static string Failure(Action<InstasentClientOptions> change)
    {
        var options = Valid();
        change(options);
        var ex = Assert.Throws<OptionsValidationException>(() => new InstasentClient(options).Dispose());
        return ex!.Message;
    }

    [Test]
    public void Valid_options_pass() => Assert.DoesNotThrow(() => new InstasentClient(Valid()).Dispose());

    [Test]
    public void No_token_at_all_names_the_settings_to_set() =>
        Assert.That(Failure(o => o.Transactional.Token = null), Does.Contain("no API token is configured").And.Contain("Instasent:Transactional:Token"));

    [Test]
    public void A_relative_base_address_is_refused() =>
        Assert.That(Failure(o => o.Transactional.BaseAddress = new Uri("/v1", UriKind.Relative)), Does.Contain("Instasent:Transactional:BaseAddress").And.Contain("relative"));

    [Test]
    public void Http_is_refused_unless_explicitly_allowed()
    {
        Assert.That(Failure(o => o.Legacy.BaseAddress = new Uri("http://api.instasent.com")), Does.Contain("clear text").And.Contain("AllowInsecureHttp"));
        Assert.DoesNotThrow(() =>
        {
            var options = Valid();
            options.AllowInsecureHttp = true;
            options.Legacy.BaseAddress = new Uri("http://127.0.0.1:9999");
            new InstasentClient(options).Dispose();
        });
    }

    // No option fails because another one is at its default: an attempt never outlives TotalTimeout (the effective
    // attempt timeout is the shorter of the two) and a backoff that would pass the deadline ends the call instead.
    [TestCase(20, null, null)]
    [TestCase(5, null, null)]
    [TestCase(null, 200, null)]
    [TestCase(null, null, 600)]
    [TestCase(60, 300, 120)]
    public void Timeouts_are_not_coupled_to_each_others_defaults(int? totalSeconds, int? attemptSeconds, int? maxRetryDelaySeconds)
    {
        var options = Valid();
        options.TotalTimeout = totalSeconds is { } total ? TimeSpan.FromSeconds(total) : options.TotalTimeout;
        options.AttemptTimeout = attemptSeconds is { } attempt ? TimeSpan.FromSeconds(attempt) : options.AttemptTimeout;
        options.Retry.MaxRetryDelay = maxRetryDelaySeconds is { } cap ? TimeSpan.FromSeconds(cap) : options.Retry.MaxRetryDelay;

        Assert.DoesNotThrow(() => new InstasentClient(options).Dispose());
    }

    [Test]
    public void Timeouts_that_are_wrong_on_their_own_are_refused_by_name()
    {
        Assert.That(Failure(o => o.TotalTimeout = TimeSpan.Zero), Does.Contain("TotalTimeout must be positive"));
        Assert.That(Failure(o => o.AttemptTimeout = TimeSpan.FromSeconds(-1)), Does.Contain("AttemptTimeout must be positive"));
        Assert.That(Failure(o => o.Retry.MaxRetryDelay = TimeSpan.FromSeconds(-1)), Does.Contain("Retry:MaxRetryDelay"));
    }

    [Test]
    public void Out_of_range_numbers_are_refused()
    {
        Assert.That(Failure(o => o.BulkConcurrency = 0), Does.Contain("BulkConcurrency"));
        Assert.That(Failure(o => o.Retry.MaxRetries = -1), Does.Contain("MaxRetries"));
    }

    [Test]
    public void Datasource_tokens_alone_configure_the_ingest_family()
    {
        var options = new InstasentClientOptions();
        options.Ingest.ProjectId = "proj";
        options.Ingest.Datasources["shop"] = new Instasent.Sdk.Ingest.IngestDatasourceOptions { DatasourceId = "ds", Token = "tok-shop" };

        Assert.DoesNotThrow(() => new InstasentClient(options).Dispose());
        Assert.That(Failure(o => o.Ingest.Datasources["crm"] = new Instasent.Sdk.Ingest.IngestDatasourceOptions { Token = "x" }), Does.Contain("Instasent:Ingest:Datasources:crm:DatasourceId"));
    }

    [Test]
    public void A_token_with_a_line_break_inside_is_refused_without_printing_it()
    {
        // Surrounding whitespace is trimmed (secret files end with a newline); one inside is a bad copy.
        var message = Failure(o => o.Transactional.Token = " secret-\nvalue ");
        Assert.That(message, Does.Contain("control characters").And.Not.Contain("secret-").And.Not.Contain("value "));
    }

    [Test]
    public async Task Di_validation_runs_when_the_client_is_resolved_and_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddInstasentClient(o => o.AttemptTimeout = TimeSpan.FromSeconds(-1));
        await using var sp = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IInstasentClient>());

        Assert.That(ex!.Message, Does.Contain("AttemptTimeout must be positive"));
        Assert.That(services.Any(d => d.ServiceType.Name.Contains("StartupValidator", StringComparison.Ordinal) || d.ServiceType == typeof(IStartupValidator)), Is.True, "ValidateOnStart is registered");
    }
}
