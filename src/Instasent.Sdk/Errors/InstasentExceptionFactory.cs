namespace Instasent.Sdk.Errors;

/// <summary>Picks the exception type for an error response: the API code first (it is more precise), then the status.</summary>
internal static class InstasentExceptionFactory
{
    public static InstasentApiException Create(InstasentErrorInfo info)
    {
        if (string.Equals(info.ErrorCode, "idempotency_conflict", StringComparison.OrdinalIgnoreCase))
        {
            return new InstasentIdempotencyConflictException(info);
        }

        return info.StatusCode switch
        {
            400 => new InstasentBadRequestException(info),
            401 => new InstasentAuthenticationException(info),
            402 => new InstasentInsufficientFundsException(info),
            403 => new InstasentPermissionDeniedException(info),
            404 => new InstasentNotFoundException(info),
            409 => new InstasentConflictException(info),
            413 => new InstasentPayloadTooLargeException(info),
            422 => new InstasentValidationException(info),
            429 => new InstasentRateLimitedException(info),
            >= 500 and < 600 => new InstasentServerException(info),
            _ => new InstasentApiException(info),
        };
    }
}
