using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Microsoft.Extensions.Options;
using Instasent.Sdk.Tests.Readme;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Hellio;

public sealed class HellioAuthTests
{
    private InstasentFakeServer server = null!;

    [SetUp]
    public async Task SetUp() => server = await InstasentFakeServer.StartAsync();

    [TearDown]
    public async Task TearDown() => await server.DisposeAsync();

    private InstasentClientOptions TokenlessOptions() => new()
    {
        AllowInsecureHttp = true,
        Hellio = { BaseAddress = server.HellioBaseAddress, AllowStartWithoutToken = true },
    };

    [Test]
    public void Without_the_opt_in_a_client_with_no_token_still_fails_at_start()
    {
        var options = TokenlessOptions();
        options.Hellio.AllowStartWithoutToken = false;

        Assert.Throws<OptionsValidationException>(() => new InstasentClient(options));
    }

    [Test]
    public async Task Issue_token_needs_no_token_sends_none_and_the_token_can_then_be_used()
    {
        server.Hellio.AddUser("ama@example.com", "s3cret!");
        var options = TokenlessOptions();
        using var client = new InstasentClient(options);

        var result = await client.Hellio.IssueTokenAsync(new HellioTokenRequest("ama@example.com", "s3cret!") { DeviceName = "checkout-service" });

        var request = server.Requests.Single();
        Assert.That(request.Path, Is.EqualTo("/hellio/v1/auth/token"));
        Assert.That(request.Header("Authorization"), Is.Null);
        Assert.That(request.Header("Idempotency-Key"), Is.Null);
        JsonAssert(request.Body, """{"email":"ama@example.com","password":"s3cret!","device_name":"checkout-service"}""");
        Assert.That(result.StatusCode, Is.EqualTo(201));
        Assert.That(result.Value.RequiresTwoFactor, Is.False);
        Assert.That(result.Value.Token!.Token, Does.Contain("|"));
        Assert.That(result.Value.Token.User!.Email, Is.EqualTo("ama@example.com"));
        Assert.That(result.Value.ToString(), Does.Not.Contain(result.Value.Token.Token));

        Assert.ThrowsAsync<InstasentConfigurationException>(() => client.Hellio.GetBalanceAsync());
        options.Hellio.Token = result.Value.Token.Token;
        var balance = await client.Hellio.GetBalanceAsync();
        Assert.That(balance.Value.Balance, Is.EqualTo(195m));
        Assert.That(server.Requests[^1].BearerToken, Is.EqualTo(result.Value.Token.Token));
    }

    [Test]
    public async Task A_configured_token_is_not_sent_to_the_token_endpoint()
    {
        server.Hellio.AddUser("ama@example.com", "pw");
        using var client = new InstasentClient(server.CreateClientOptions());

        await client.Hellio.IssueTokenAsync(new HellioTokenRequest("ama@example.com", "pw"));

        Assert.That(server.Requests.Single().Header("Authorization"), Is.Null);
    }

    [Test]
    public async Task Two_factor_flow_is_a_typed_outcome_then_a_token()
    {
        server.Hellio.AddUser("kofi@example.com", "pw", twoFactorCode: "424242");
        using var client = new InstasentClient(TokenlessOptions());

        var first = await client.Hellio.IssueTokenAsync(new HellioTokenRequest("kofi@example.com", "pw"));
        var second = await client.Hellio.IssueTokenAsync(new HellioTokenRequest("kofi@example.com", "pw") { TwoFactorCode = "424242" });

        Assert.That(first.StatusCode, Is.EqualTo(422));
        Assert.That(first.Value.RequiresTwoFactor, Is.True);
        Assert.That(first.Value.Token, Is.Null);
        Assert.That(first.Value.Message, Does.Contain("Two-factor"));
        Assert.That(second.Value.Token!.Token, Is.Not.Empty);
        Assert.That(server.Requests[1].Body, Does.Contain("\"two_factor_code\":\"424242\""));

        var wrong = Assert.ThrowsAsync<InstasentValidationException>(() => client.Hellio.IssueTokenAsync(new HellioTokenRequest("kofi@example.com", "pw") { TwoFactorCode = "000000" }));
        Assert.That(wrong!.FieldErrors.Keys, Does.Contain("two_factor_code"));
    }

    [Test]
    public void Wrong_password_is_an_authentication_exception_that_does_not_leak_the_password()
    {
        server.Hellio.AddUser("ama@example.com", "right");
        using var client = new InstasentClient(TokenlessOptions());

        var ex = Assert.ThrowsAsync<InstasentAuthenticationException>(() => client.Hellio.IssueTokenAsync(new HellioTokenRequest("ama@example.com", "wrong-password")));

        Assert.That(ex!.ErrorCode, Is.EqualTo(HellioErrorCodes.InvalidCredentials));
        Assert.That(ex.Message, Does.Not.Contain("wrong-password"));
        Assert.That(new HellioTokenRequest("ama@example.com", "wrong-password").ToString(), Does.Not.Contain("wrong-password").And.Not.Contain("ama@example.com"));
    }

    [Test]
    public async Task An_issued_token_plugs_into_a_token_provider_that_issues_it_once_and_caches_it()
    {
        server.Hellio.AddUser("ama@example.com", "s3cret!");
        // The README's provider and wiring (Readme/ReadmeSnippets.cs).
        using var client = ReadmeSnippets.HellioIssuedTokenExample(TokenlessOptions(), "s3cret!");

        // Concurrent first calls: one issue between them.
        await Task.WhenAll(client.Hellio.GetBalanceAsync(), client.Hellio.SendSmsAsync("Acme", "+233241234567", "Hello"), client.Hellio.Ussd.GetPricingAsync());
        await client.Hellio.GetBalanceAsync();
        await client.Hellio.ListMessagesAsync().ToListAsync();

        var issued = server.Requests.Where(r => r.Path == "/hellio/v1/auth/token").ToList();
        var others = server.Requests.Where(r => r.Path != "/hellio/v1/auth/token").ToList();
        Assert.That(issued, Has.Count.EqualTo(1), "issued once, then cached");
        Assert.That(issued[0].Header("Authorization"), Is.Null);
        Assert.That(others, Has.Count.EqualTo(5));
        Assert.That(others.Select(r => r.BearerToken).Distinct().Single(), Does.Contain("|"));
    }

    private static void JsonAssert(string actual, string expected) => Support.JsonAssert.AreEqual(expected, actual);
}
