namespace Instasent.Sdk.LynSms;

/// <summary>
/// Checks that a string looks like a LynSMS API key without ever echoing it: the messages describe what is wrong
/// (prefix, length, whitespace), never the characters of the key.
/// </summary>
internal static class LynSmsKeyFormat
{
    /// <summary>The documented prefix of live keys.</summary>
    public const string LivePrefix = "ds_live_";

    // The docs speak of keys "per environment" without naming a test prefix; ds_test_ is accepted so such keys are
    // not refused by the SDK before the server had its say.
    public const string TestPrefix = "ds_test_";

    public const int MinLength = 24;
    public const int MaxLength = 256;

    public static string? Describe(string key)
    {
        if (key.Any(char.IsWhiteSpace) || key.Any(char.IsControl))
        {
            return "it contains whitespace or control characters (copy the key again)";
        }

        if (!key.StartsWith(LivePrefix, StringComparison.Ordinal) && !key.StartsWith(TestPrefix, StringComparison.Ordinal))
        {
            return $"it does not start with '{LivePrefix}' as LynSMS keys do (is it a key of another provider?)";
        }

        if (key.Length < MinLength || key.Length > MaxLength)
        {
            return $"it is {key.Length} characters long, while LynSMS keys have {MinLength} to {MaxLength} (was it cut off?)";
        }

        return null;
    }
}
