using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Instasent.Sdk.Diagnostics;

/// <summary>
/// Withholds the texts a call sent (the message text) and the credentials its attempts sent (the bearer token)
/// wherever a server echoes them back in an error: in the parsed
/// message and field errors, and in the raw body, whatever JSON escaping the server chose (<c>\u00e1</c> or
/// <c>\u00E1</c>, <c>\/</c>, <c>\"</c>). Phone numbers and e-mails are <see cref="PiiMasker"/>'s job; a message text has
/// no pattern, so only the call that sent it can recognise it.
/// </summary>
internal sealed class SentTextMask
{
    /// <summary>What an echo of a sent text is replaced with.</summary>
    public const string Withheld = "[message text withheld]";

    /// <summary>What an echo of a sent credential is replaced with.</summary>
    public const string SecretWithheld = "[token withheld]";

    private const string SecretGroup = "secret";

    /// <summary>Shorter texts are not withheld: masking every "OK" in an error would make it unreadable and hide nothing.</summary>
    public const int MinimumLength = 4;

    private readonly Regex pattern;

    private SentTextMask(Regex pattern, int maxEchoBytes)
    {
        this.pattern = pattern;
        MaxEchoBytes = maxEchoBytes;
    }

    /// <summary>Gets the most bytes one echo can take in a raw body (every character escaped as <c>\uXXXX</c>).</summary>
    public int MaxEchoBytes { get; }

    /// <summary>Creates the mask for <paramref name="texts"/> and <paramref name="secrets"/>, or <see langword="null"/> when there is nothing to withhold.</summary>
    public static SentTextMask? For(IReadOnlyList<string> texts, IReadOnlyList<string>? secrets = null)
    {
        secrets ??= [];
        if (texts.Count == 0 && secrets.Count == 0)
        {
            return null;
        }

        var alternatives = new StringBuilder();
        var longest = 0;
        // Longest first, so a text that contains a shorter one is withheld whole.
        foreach (var (text, secret) in texts.Select(t => (t, false)).Concat(secrets.Select(s => (s, true))).OrderByDescending(e => e.Item1.Length))
        {
            alternatives.Append(alternatives.Length == 0 ? "(?:" : "|(?:");
            alternatives.Append(secret ? "(?<" + SecretGroup + ">" : "(?:");
            foreach (var c in text)
            {
                AppendCharacter(alternatives, c);
            }

            alternatives.Append("))");
            longest = Math.Max(longest, text.Length);
        }

        // Interpreted, not NonBacktracking: a 1,600-character text makes an automaton larger than that engine accepts.
        // The pattern has no nested quantifiers, and the timeout bounds what a hostile body can cost.
        return new SentTextMask(new Regex(alternatives.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)), longest * 6);
    }

    /// <summary>Returns <paramref name="text"/> with every echo withheld; never the unmasked text.</summary>
    public string? Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        try
        {
            return pattern.Replace(text, static match => match.Groups[SecretGroup].Success ? SecretWithheld : Withheld);
        }
        catch (RegexMatchTimeoutException)
        {
            return "[text withheld: could not be masked]";
        }
    }

    /// <summary>One character as the server may have written it: itself, <c>\uXXXX</c> in either case, or its short JSON escape.</summary>
    private static void AppendCharacter(StringBuilder pattern, char c)
    {
        pattern.Append("(?:").Append(Regex.Escape(c.ToString())).Append(@"|\\u");
        foreach (var digit in ((int)c).ToString("x4", CultureInfo.InvariantCulture))
        {
            if (char.IsLetter(digit))
            {
                pattern.Append('[').Append(digit).Append(char.ToUpperInvariant(digit)).Append(']');
            }
            else
            {
                pattern.Append(digit);
            }
        }

        var escape = c switch
        {
            '"' => "\"",
            '\\' => @"\\",
            '/' => "/",
            '\b' => "b",
            '\f' => "f",
            '\n' => "n",
            '\r' => "r",
            '\t' => "t",
            _ => null,
        };
        if (escape is not null)
        {
            pattern.Append(@"|\\").Append(escape);
        }

        pattern.Append(')');
    }
}
