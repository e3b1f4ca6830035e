using System.Text.RegularExpressions;

namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// Masks phone numbers and e-mail addresses in text the SDK writes to logs and exception messages.
/// SMS data is personal data: a number shows its first 3 and last 2 characters, an e-mail its first letter and domain.
/// </summary>
internal static partial class PiiMasker
{
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        try
        {
            var masked = PhonePattern().Replace(text, static m => MaskPhone(m.Value));
            return EmailPattern().Replace(masked, static m => m.Groups["first"].Value + "***@" + m.Groups["domain"].Value);
        }
        catch (RegexMatchTimeoutException)
        {
            // Never let masking fail the caller, and never fall back to the unmasked text.
            return "[text withheld: could not be masked]";
        }
    }

    /// <summary>Masks one phone number: <c>+34600123456</c> becomes <c>+34*******56</c>.</summary>
    public static string MaskPhone(string phone)
    {
        if (phone.Length <= 5)
        {
            return new string('*', phone.Length);
        }

        var prefix = phone.StartsWith("%2B", StringComparison.OrdinalIgnoreCase) ? 5 : 3;
        prefix = Math.Min(prefix, phone.Length - 2);
        return string.Concat(phone.AsSpan(0, prefix), new string('*', phone.Length - prefix - 2), phone.AsSpan(phone.Length - 2));
    }

    // Seven or more digits, optionally led by + or its URL encoding, allowing single spaces, dots or dashes inside.
    [GeneratedRegex(@"(?:\+|%2[Bb])?\d(?:[ .\-]?\d){6,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    private static partial Regex PhonePattern();

    // Bounded, non-backtracking patterns: masking runs on server-controlled text and must stay linear in its length.
    [GeneratedRegex(@"(?<first>[A-Za-z0-9])[A-Za-z0-9._%+\-]{0,63}(?:@|%40)(?<domain>[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24})", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    private static partial Regex EmailPattern();
}
