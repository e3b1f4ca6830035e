using Instasent.Sdk.Errors;
using Instasent.Sdk.Http;

namespace Instasent.Sdk.LynSms;

/// <summary>How the shared pipeline treats the LynSMS API.</summary>
internal static class LynSmsFamily
{
    public static readonly InstasentFamily Descriptor = new("LynSms", o => o.LynSms, JsonErrorBodyReader.Instance)
    {
        // LynSMS documents a fixed one-minute window per key and no Retry-After or reset header: a 429 waits for the
        // next minute boundary rather than a blind backoff.
        FixedRateLimitWindow = TimeSpan.FromMinutes(1),
        StatusHints = new Dictionary<int, string>
        {
            [401] = "Check that the LynSMS API key (ds_live_…) is valid, not disabled, expired or revoked",
            [402] = "The LynSMS balance cannot cover the request; top up the account",
            [403] = "The key lacks the scope this call needs (sms:send, sms:bulk, sms:read, balance:read) or this machine's IP is not on the key's allowlist",
        },
        Validate = ValidateKey,
    };

    private static void ValidateKey(InstasentClientOptions options, ICollection<string> failures)
    {
        var lyn = options.LynSms;
        if (lyn is null || !lyn.ValidateKeyFormat || string.IsNullOrEmpty(lyn.Token))
        {
            return;
        }

        if (LynSmsKeyFormat.Describe(lyn.Token) is { } problem)
        {
            failures.Add($"Instasent:LynSms:Token does not look like a LynSMS API key: {problem}. The key is not shown here. "
                + "Set Instasent:LynSms:ValidateKeyFormat=false only for a white-label host whose keys differ.");
        }
    }
}
