namespace Instasent.Sdk.Hellio;

/// <summary>
/// The machine codes Hellio puts in the <c>error</c> member of an error body, as found on
/// <see cref="Errors.InstasentApiException.ErrorCode"/>. Branch on these, never on the message text.
/// </summary>
public static class HellioErrorCodes
{
    /// <summary>402: the wallet cannot cover the request; top up.</summary>
    public const string InsufficientBalance = "insufficient_balance";

    /// <summary>403: a daily or monthly spend cap was hit; the period is in <c>Details["period"]</c>.</summary>
    public const string SpendLimitExceeded = "spend_limit_exceeded";

    /// <summary>403: the source IP is not on the account's allowlist.</summary>
    public const string IpNotAllowed = "ip_not_allowed";

    /// <summary>422: no route for this traffic type; the type is in <c>Details["traffic_type"]</c>.</summary>
    public const string TrafficNotRoutable = "traffic_not_routable";

    /// <summary>422: the sender id is not approved.</summary>
    public const string SenderNotApproved = "sender_not_approved";

    /// <summary>422: none of the recipients is valid.</summary>
    public const string NoValidRecipients = "no_valid_recipients";

    /// <summary>422: none of the lookup numbers is valid.</summary>
    public const string NoValidNumbers = "no_valid_numbers";

    /// <summary>422: the destination is not in a usable format.</summary>
    public const string InvalidRecipient = "invalid_recipient";

    /// <summary>422: the request is malformed for this endpoint.</summary>
    public const string InvalidRequest = "invalid_request";

    /// <summary>422: text-to-speech failed or the <c>audio_url</c> could not be fetched.</summary>
    public const string AudioError = "audio_error";

    /// <summary>429: wait <c>Retry-After</c> seconds.</summary>
    public const string Throttled = "throttled";

    /// <summary>409: a request with the same <c>Idempotency-Key</c> is still being processed.</summary>
    public const string IdempotencyConflict = "idempotency_conflict";

    /// <summary>404: absent or not yours.</summary>
    public const string NotFound = "not_found";

    /// <summary>402: the USSD balance cannot pay the extension rent.</summary>
    public const string InsufficientUssdBalance = "insufficient_ussd_balance";

    /// <summary>402: a USSD app cannot go live without a rented extension.</summary>
    public const string ExtensionRequired = "extension_required";

    /// <summary>409: the USSD extension code is taken.</summary>
    public const string ExtensionUnavailable = "extension_unavailable";

    /// <summary>422: USSD simulation against an app you do not own.</summary>
    public const string UnknownApp = "unknown_app";

    /// <summary>401 from <c>/auth/token</c>: wrong e-mail or password.</summary>
    public const string InvalidCredentials = "invalid_credentials";

    /// <summary>403 from <c>/auth/token</c>: the e-mail address is not verified.</summary>
    public const string EmailUnverified = "email_unverified";

    /// <summary>403 from <c>/auth/token</c>: the account is locked.</summary>
    public const string AccountLocked = "account_locked";

    /// <summary>422 from <c>/auth/token</c>: the account has 2FA; ask for the code and call again with it.</summary>
    public const string TwoFactorRequired = "two_factor_required";
}
