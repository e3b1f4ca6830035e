using Instasent.Sdk.Errors;
using Instasent.Sdk.Hellio;
using Instasent.Sdk.Testing;
using Instasent.Sdk.Tests.Support;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Errors;

/// <summary>
/// Regression for a fuzzer finding: <c>ApiErrorDetails.Empty</c> was initialised before the empty collections it points
/// to, so any error body the reader could not parse produced null FieldErrors/Details (a NullReferenceException in
/// Hellio's OTP 422 handling, and null collections on every exception built from such a body).
/// </summary>
public sealed class UnreadableErrorBodyTests : FakeServerFixture
{
    [Test]
    public void The_empty_details_have_empty_collections()
    {
        Assert.That(ApiErrorDetails.Empty.FieldErrors, Is.Not.Null.And.Empty);
        Assert.That(ApiErrorDetails.Empty.Extras, Is.Not.Null.And.Empty);
        Assert.That(JsonErrorBodyReader.Instance.Read(500, "<html>oops</html>"u8).FieldErrors, Is.Not.Null.And.Empty);
    }

    [TestCase("")]
    [TestCase("<html>502</html>")]
    [TestCase("[1,2]")]
    [TestCase("{\"data\":")]
    public void An_unreadable_error_body_yields_a_typed_exception_with_empty_collections(string body)
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.Json(422, body));

        var ex = Assert.ThrowsAsync<InstasentValidationException>(() => client.Transactional.GetBalanceAsync());

        Assert.That(ex!.FieldErrors, Is.Not.Null.And.Empty);
        Assert.That(ex.Info.Details, Is.Not.Null.And.Empty);
        Assert.That(ex.ToString(), Does.Contain("422"));
    }

    [TestCase("")]
    [TestCase("\"just a string\"")]
    public async Task Hellio_otp_verification_with_an_unreadable_422_body_is_a_rejected_code(string body)
    {
        // Hellio answers a wrong code with 422 and no error code; the client reports it as verified = false.
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.Json(422, body));

        var result = await client.Hellio.VerifyOtpAsync(HellioOtpVerifyRequest.ForMobileNumber("+233241234567", "123456"));

        Assert.That(result.Value.Verified, Is.False);
    }

    [TestCase("Ingest.GetContact")]
    [TestCase("Transactional.GetSms")]
    public void A_json_null_success_body_is_a_typed_exception(string operation)
    {
        var client = CreateClient(o => o.Retry.MaxRetries = 0);
        Server.EnqueueFault(FakeFault.Json(200, "null"));

        Func<Task> call = operation == "Ingest.GetContact"
            ? () => client.Ingest.Datasource(FakeAudienceState.DefaultProjectId, FakeAudienceState.DefaultDatasourceId).GetContactAsync("u1")
            : () => client.Transactional.GetSmsAsync("sms-1");

        Assert.CatchAsync<InstasentException>(() => call(), operation);
    }
}
