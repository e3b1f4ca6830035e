using System.Buffers;

namespace Instasent.Sdk.Sms;

/// <summary>
/// Computes the encoding and the number of parts of an SMS text, following Instasent's own counter libraries.
/// Text with any character outside GSM-7 needs UCS-2; send it with <see cref="SmsRequest.AllowUnicode"/> set, since the
/// API's behaviour without it is undocumented (it may reject the message or transliterate the text).
/// </summary>
public static class SmsSegmentCalculator
{
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Gsm7Extension = "\f^{}\\[~]|€";

    private static readonly SearchValues<char> Basic = SearchValues.Create(Gsm7Basic);
    private static readonly SearchValues<char> Extension = SearchValues.Create(Gsm7Extension);

    /// <summary>Calculates the encoding and parts of <paramref name="text"/>.</summary>
    /// <param name="text">The message text.</param>
    /// <returns>The segment information.</returns>
    public static SmsSegmentInfo Calculate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var gsmUnits = 0;
        var extended = false;
        foreach (var c in text)
        {
            if (Basic.Contains(c))
            {
                gsmUnits++;
            }
            else if (Extension.Contains(c))
            {
                gsmUnits += 2;
                extended = true;
            }
            else
            {
                // UTF-16 length: a surrogate pair (emoji and other non-BMP characters) counts 2, as in UCS-2.
                return Build(SmsEncoding.Ucs2, text.Length, single: 70, multi: 67);
            }
        }

        return Build(extended ? SmsEncoding.Gsm7Extended : SmsEncoding.Gsm7, gsmUnits, single: 160, multi: 153);
    }

    /// <summary>Gets whether <paramref name="text"/> needs Unicode (UCS-2).</summary>
    /// <param name="text">The message text.</param>
    /// <returns><see langword="true"/> if any character is outside GSM-7.</returns>
    public static bool RequiresUnicode(string text) => Calculate(text).Encoding == SmsEncoding.Ucs2;

    private static SmsSegmentInfo Build(SmsEncoding encoding, int units, int single, int multi)
    {
        if (units == 0)
        {
            return new SmsSegmentInfo { Encoding = encoding, Characters = 0, Parts = 0, PerPart = single, Remaining = single };
        }

        if (units <= single)
        {
            return new SmsSegmentInfo { Encoding = encoding, Characters = units, Parts = 1, PerPart = single, Remaining = single - units };
        }

        var parts = (units + multi - 1) / multi;
        return new SmsSegmentInfo { Encoding = encoding, Characters = units, Parts = parts, PerPart = multi, Remaining = (parts * multi) - units };
    }
}
