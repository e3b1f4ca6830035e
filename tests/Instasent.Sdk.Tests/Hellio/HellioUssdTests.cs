using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Hellio;

public sealed class HellioUssdTests : FakeServerFixture
{
    private IHellioUssdClient ussd = null!;

    [SetUp]
    public void CreateUssdClient() => ussd = CreateClient().Hellio.Ussd;

    [Test]
    public async Task Pricing_reads_prices_sent_as_strings_or_numbers()
    {
        var pricing = await ussd.GetPricingAsync();
        var availability = await ussd.CheckAvailabilityAsync("100");

        Assert.That(pricing.Value.ShortCode, Is.EqualTo("*920#"));
        Assert.That(pricing.Value.SessionPrices!.Select(p => p.SessionPrice), Is.EqualTo(new decimal?[] { 0.05m, 0.045m }));
        Assert.That(pricing.Value.ExtensionPrices![1].MonthlyPrice, Is.EqualTo(50m));
        Assert.That(availability.Value.Available, Is.True);
        Assert.That(availability.Value.MonthlyPrice, Is.EqualTo(50m));
        Assert.That(Server.Requests[1].Path + Server.Requests[1].Query, Is.EqualTo("/hellio/v1/ussd/pricing/availability?code=100"));
        Assert.ThrowsAsync<ArgumentException>(() => ussd.CheckAvailabilityAsync("*100#"));
    }

    [Test]
    public async Task App_lifecycle_with_extension_mode_and_secret_rotation()
    {
        var app = await ussd.CreateAppAsync(new HellioUssdAppRequest("Balance menu", new Uri("https://example.com/ussd")) { Active = true });
        JsonAssert.AreEqual("""{"name":"Balance menu","callback_url":"https://example.com/ussd","active":true}""", Server.Requests[0].Body);
        Assert.That(app.StatusCode, Is.EqualTo(201));
        Assert.That(app.Value.Mode, Is.EqualTo(HellioUssdMode.Test));
        Assert.That(app.Value.TestSecret, Does.StartWith("ussk_test_"));
        Assert.That(app.Value.ToString(), Does.Not.Contain(app.Value.TestSecret));
        var id = app.Value.Id!;

        var live = Assert.ThrowsAsync<InstasentInsufficientFundsException>(() => ussd.UpdateAppModeAsync(id, HellioUssdMode.Live));
        Assert.That(live!.ErrorCode, Is.EqualTo(HellioErrorCodes.ExtensionRequired));

        var extension = await ussd.RentExtensionAsync(new HellioUssdExtensionRequest("100") { AppId = id });
        JsonAssert.AreEqual($$"""{"code":"100","app_id":"{{id}}"}""", Server.Requests[^1].Body);
        Assert.That(extension.Value.DialString, Is.EqualTo("*920*100#"));
        Assert.That(extension.Value.MonthlyPrice, Is.EqualTo(50m));
        var taken = Assert.ThrowsAsync<InstasentConflictException>(() => ussd.RentExtensionAsync(new HellioUssdExtensionRequest("100")));
        Assert.That(taken!.ErrorCode, Is.EqualTo(HellioErrorCodes.ExtensionUnavailable));
        Assert.That(taken, Is.Not.InstanceOf<InstasentIdempotencyConflictException>());
        var poor = Assert.ThrowsAsync<InstasentInsufficientFundsException>(() => ussd.RentExtensionAsync(new HellioUssdExtensionRequest("12")));
        Assert.That(poor!.ErrorCode, Is.EqualTo(HellioErrorCodes.InsufficientUssdBalance));

        var nowLive = await ussd.UpdateAppModeAsync(id, HellioUssdMode.Live);
        JsonAssert.AreEqual("""{"mode":"live"}""", Server.Requests[^1].Body);
        Assert.That(nowLive.Value.IsLive, Is.True);
        Assert.That(nowLive.Value.LiveSecret, Is.Null);

        var rotated = await ussd.RotateAppSecretAsync(id, HellioUssdMode.Live);
        Assert.That(rotated.Value.LiveSecret, Does.StartWith("ussk_live_").And.Not.EqualTo(app.Value.LiveSecret));
        Assert.That(Server.Requests[^1].Path, Is.EqualTo($"/hellio/v1/ussd/apps/{id}/rotate-secret"));

        var updated = await ussd.UpdateAppAsync(id, new HellioUssdAppRequest("Renamed", new Uri("https://example.com/ussd2")));
        Assert.That(Server.Requests[^1].Method, Is.EqualTo("PUT"));
        Assert.That(updated.Value.Name, Is.EqualTo("Renamed"));

        var apps = new List<HellioUssdApp>();
        await foreach (var a in ussd.ListAppsAsync())
        {
            apps.Add(a);
        }

        var extensions = await ussd.ListExtensionsAsync().AsPages().SingleAsync();
        Assert.That(apps.Single().Id, Is.EqualTo(id));
        Assert.That(extensions.Items.Single().AppId, Is.EqualTo(id));

        var released = await ussd.ReleaseExtensionAsync(extension.Value.Id!);
        var deleted = await ussd.DeleteAppAsync(id);
        Assert.That(released.StatusCode, Is.EqualTo(204));
        Assert.That(deleted.Value.Id, Is.EqualTo(id));
        Assert.That(Server.Requests[^1].Method, Is.EqualTo("DELETE"));
    }

    [Test]
    public async Task Simulate_and_sessions()
    {
        var app = await ussd.CreateAppAsync(new HellioUssdAppRequest("Menu", new Uri("https://example.com/ussd")));

        var open = await ussd.SimulateAsync(new HellioUssdSimulateRequest(app.Value.Id!, "sess-1", "233241234567") { NewSession = true, ServiceCode = "*920*100#" });
        var end = await ussd.SimulateAsync(new HellioUssdSimulateRequest(app.Value.Id!, "sess-1", "233241234567") { Input = "0" });

        JsonAssert.AreEqual($$"""{"app_id":"{{app.Value.Id}}","session_id":"sess-1","msisdn":"233241234567","service_code":"*920*100#","new_session":true}""", Server.Requests[1].Body);
        Assert.That(open.Value.Continue, Is.True);
        Assert.That(open.Value.Action, Is.EqualTo("continue"));
        Assert.That(end.Value.Action, Is.EqualTo("end"));

        var sessions = new List<HellioUssdSession>();
        await foreach (var s in ussd.ListSessionsAsync(HellioUssdSessionStatus.Ended))
        {
            sessions.Add(s);
        }

        Assert.That(sessions.Single().Steps, Is.EqualTo(2));
        Assert.That(sessions.Single().ToString(), Does.Not.Contain("233241234567"));
        var one = await ussd.GetSessionAsync("sess-1");
        Assert.That(one.Value.Msisdn, Is.EqualTo("233241234567"));

        var unknown = Assert.ThrowsAsync<InstasentValidationException>(() => ussd.SimulateAsync(new HellioUssdSimulateRequest("not-mine", "s", "233241234567")));
        Assert.That(unknown!.ErrorCode, Is.EqualTo(HellioErrorCodes.UnknownApp));
    }
}
