using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.Hellio;

/// <summary>How the shared pipeline treats the Hellio API.</summary>
internal static class HellioFamily
{
    // The lenient reader already understands Hellio's {"message", "error": "code", "errors": {...}} and keeps the
    // other scalar members (period, traffic_type) as details.
    public static readonly InstasentFamily Descriptor = new("Hellio", o => o.Hellio, JsonErrorBodyReader.Instance)
    {
        StatusHints = new Dictionary<int, string>
        {
            [401] = "Check that the Hellio token is valid and not revoked (Settings > API Keys & Webhooks)",
            [402] = "The Hellio wallet (or USSD balance) cannot cover the request; see ErrorCode",
            [403] = "Blocked by the token's abilities, the IP allowlist (ip_not_allowed) or a spend cap (spend_limit_exceeded); see ErrorCode",
        },
        AllowsStartWithoutToken = o => o.Hellio?.AllowStartWithoutToken == true,
        KeyInFlightErrorCode = HellioErrorCodes.IdempotencyConflict,
    };
}
