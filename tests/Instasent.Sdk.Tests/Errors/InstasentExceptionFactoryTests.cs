using Instasent.Sdk.Errors;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Errors;

/// <summary>The exception type a caller catches for each status, and the API code that overrides the status.</summary>
public sealed class InstasentExceptionFactoryTests
{
    [TestCase(400, typeof(InstasentBadRequestException))]
    [TestCase(401, typeof(InstasentAuthenticationException))]
    [TestCase(402, typeof(InstasentInsufficientFundsException))]
    [TestCase(403, typeof(InstasentPermissionDeniedException))]
    [TestCase(404, typeof(InstasentNotFoundException))]
    [TestCase(409, typeof(InstasentConflictException))]
    [TestCase(413, typeof(InstasentPayloadTooLargeException))]
    [TestCase(422, typeof(InstasentValidationException))]
    [TestCase(429, typeof(InstasentRateLimitedException))]
    [TestCase(500, typeof(InstasentServerException))]
    [TestCase(503, typeof(InstasentServerException))]
    [TestCase(599, typeof(InstasentServerException))]
    [TestCase(499, typeof(InstasentApiException))]
    [TestCase(600, typeof(InstasentApiException))]
    [TestCase(302, typeof(InstasentApiException))]
    public void Each_status_has_its_exception_type(int status, Type expected)
    {
        var ex = InstasentExceptionFactory.Create(new InstasentErrorInfo { StatusCode = status, ErrorCode = "some_code" });

        Assert.That(ex, Is.TypeOf(expected));
        Assert.That(ex.StatusCode, Is.EqualTo(status));
    }

    [TestCase(409, "idempotency_conflict")]
    [TestCase(400, "IDEMPOTENCY_CONFLICT")]
    [TestCase(500, "Idempotency_Conflict")]
    public void The_idempotency_conflict_code_wins_over_the_status_in_any_case(int status, string code)
    {
        var ex = InstasentExceptionFactory.Create(new InstasentErrorInfo { StatusCode = status, ErrorCode = code });

        Assert.That(ex, Is.TypeOf<InstasentIdempotencyConflictException>());
    }

    [Test]
    public void Without_a_status_the_exception_is_the_general_api_exception()
    {
        Assert.That(InstasentExceptionFactory.Create(new InstasentErrorInfo()), Is.TypeOf<InstasentApiException>());
    }
}
