using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Hellio;

public sealed class HellioErrorTests
{
    private InstasentFakeServer server = null!;
    private ServiceProvider provider = null!;
    private IHellioClient client = null!;

    [SetUp]
    public async Task SetUp()
    {
        server = await InstasentFakeServer.StartAsync();
        provider = TestClients.Create(server, o => o.Retry.RateLimitMode = RateLimitMode.Throw);
        client = provider.GetRequiredService<IInstasentClient>().Hellio;
    }

    [TearDown]
    public async Task TearDown()
    {
        await provider.DisposeAsync();
        await server.DisposeAsync();
    }

    private static IEnumerable<TestCaseData> DocumentedCodes()
    {
        yield return new TestCaseData(402, HellioErrorCodes.InsufficientBalance, typeof(InstasentInsufficientFundsException));
        yield return new TestCaseData(403, HellioErrorCodes.SpendLimitExceeded, typeof(InstasentPermissionDeniedException));
        yield return new TestCaseData(403, HellioErrorCodes.IpNotAllowed, typeof(InstasentPermissionDeniedException));
        yield return new TestCaseData(422, HellioErrorCodes.TrafficNotRoutable, typeof(InstasentValidationException));
        yield return new TestCaseData(422, HellioErrorCodes.SenderNotApproved, typeof(InstasentValidationException));
        yield return new TestCaseData(422, HellioErrorCodes.NoValidRecipients, typeof(InstasentValidationException));
        yield return new TestCaseData(422, HellioErrorCodes.NoValidNumbers, typeof(InstasentValidationException));
        yield return new TestCaseData(422, HellioErrorCodes.InvalidRecipient, typeof(InstasentValidationException));
        yield return new TestCaseData(422, HellioErrorCodes.InvalidRequest, typeof(InstasentValidationException));
        yield return new TestCaseData(422, HellioErrorCodes.AudioError, typeof(InstasentValidationException));
        yield return new TestCaseData(429, HellioErrorCodes.Throttled, typeof(InstasentRateLimitedException));
        yield return new TestCaseData(409, HellioErrorCodes.IdempotencyConflict, typeof(InstasentIdempotencyConflictException));
        yield return new TestCaseData(404, HellioErrorCodes.NotFound, typeof(InstasentNotFoundException));
        yield return new TestCaseData(402, HellioErrorCodes.InsufficientUssdBalance, typeof(InstasentInsufficientFundsException));
        yield return new TestCaseData(402, HellioErrorCodes.ExtensionRequired, typeof(InstasentInsufficientFundsException));
        yield return new TestCaseData(409, HellioErrorCodes.ExtensionUnavailable, typeof(InstasentConflictException));
        yield return new TestCaseData(422, HellioErrorCodes.UnknownApp, typeof(InstasentValidationException));
        yield return new TestCaseData(401, HellioErrorCodes.InvalidCredentials, typeof(InstasentAuthenticationException));
        yield return new TestCaseData(403, HellioErrorCodes.EmailUnverified, typeof(InstasentPermissionDeniedException));
        yield return new TestCaseData(403, HellioErrorCodes.AccountLocked, typeof(InstasentPermissionDeniedException));
        yield return new TestCaseData(422, HellioErrorCodes.TwoFactorRequired, typeof(InstasentValidationException));
    }

    [TestCaseSource(nameof(DocumentedCodes))]
    public void Every_documented_code_is_reachable_as_ErrorCode(int status, string code, Type exceptionType)
    {
        server.EnqueueFault(FakeFault.Json(status, $$"""{"message":"Something about {{code}}","error":"{{code}}"}"""));

        var ex = Assert.CatchAsync<InstasentApiException>(() => client.GetBalanceAsync());

        Assert.That(ex, Is.TypeOf(exceptionType));
        Assert.That(ex!.ErrorCode, Is.EqualTo(code));
        Assert.That(ex.StatusCode, Is.EqualTo(status));
        Assert.That(ex.ApiMessage, Is.EqualTo("Something about " + code));
        Assert.That(ex.Message, Does.Contain("[" + code + "]"));
    }

    [Test]
    public void Spend_cap_carries_the_period()
    {
        server.EnqueueFault(FakeFault.Json(403, """{"message":"Daily spend limit reached.","error":"spend_limit_exceeded","period":"daily"}"""));

        var ex = Assert.ThrowsAsync<InstasentPermissionDeniedException>(() => client.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], "x")));

        Assert.That(ex!.Details["period"], Is.EqualTo("daily"));
        Assert.That(ex.Message, Does.Contain("spend cap"));
    }

    [Test]
    public void Routing_error_carries_the_traffic_type()
    {
        server.EnqueueFault(FakeFault.Json(422, """{"message":"No route.","error":"traffic_not_routable","traffic_type":"promotional"}"""));

        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], "x")));

        Assert.That(ex!.Details["traffic_type"], Is.EqualTo("promotional"));
    }

    [Test]
    public void Laravel_field_errors_are_exposed()
    {
        server.EnqueueFault(FakeFault.Json(422, """{"message":"The given data was invalid.","errors":{"sender":["The sender may not be greater than 11 characters."],"recipients.0":["Invalid"]}}"""));

        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.SendSmsAsync(new HellioSmsRequest("Acme", ["+233241234567"], "x")));

        Assert.That(ex!.FieldErrors["sender"].Single(), Does.Contain("11 characters"));
        Assert.That(ex.FieldErrors.Keys, Does.Contain("recipients.0"));
    }

    [Test]
    public void Throttled_surfaces_retry_after()
    {
        server.EnqueueFault(FakeFault.Json(429, """{"message":"Too many attempts.","error":"throttled"}""") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "17" } });

        var ex = Assert.ThrowsAsync<InstasentRateLimitedException>(() => client.SendOtpAsync(HellioOtpRequest.BySms("+233241234567", "Acme")));

        Assert.That(ex!.ErrorCode, Is.EqualTo("throttled"));
        Assert.That(ex.Info.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(17)));
    }

    [Test]
    public async Task The_fake_raises_the_natural_errors_itself()
    {
        server.Hellio.ApprovedSenders.Add("Approved");
        var sender = Assert.ThrowsAsync<InstasentValidationException>(() => client.SendSmsAsync(new HellioSmsRequest("Other", ["+233241234567"], "x")));
        Assert.That(sender!.ErrorCode, Is.EqualTo(HellioErrorCodes.SenderNotApproved));

        var none = Assert.ThrowsAsync<InstasentValidationException>(() => client.SendSmsAsync(new HellioSmsRequest("Approved", ["12"], "x")));
        Assert.That(none!.ErrorCode, Is.EqualTo(HellioErrorCodes.NoValidRecipients));

        server.Hellio.Balance = 0m;
        var funds = Assert.ThrowsAsync<InstasentInsufficientFundsException>(() => client.SendSmsAsync(new HellioSmsRequest("Approved", ["+233241234567"], "x")));
        Assert.That(funds!.ErrorCode, Is.EqualTo(HellioErrorCodes.InsufficientBalance));
        Assert.That(server.Hellio.Campaigns, Is.Empty);
        await Task.CompletedTask;
    }
}
