namespace Instasent.Sdk.Batching;

/// <summary>How identity fields are compared when bulk answers are matched to items (see <see cref="BatchMatcher{TPayload}"/>).</summary>
internal static class IdentityKeys
{
    /// <summary>
    /// The ASCII digits of a phone number: servers may echo <c>+34600000000</c> as <c>34600000000</c> or with spaces.
    /// <see langword="null"/> when there are none, so a number that cannot be compared is no identity at all.
    /// </summary>
    public static string? Phone(string? number)
    {
        if (number is null)
        {
            return null;
        }

        var count = 0;
        foreach (var c in number)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (count == number.Length)
        {
            return count == 0 ? null : number;
        }

        return count == 0 ? null : string.Create(count, number, static (span, source) =>
        {
            var i = 0;
            foreach (var c in source)
            {
                if (char.IsAsciiDigit(c))
                {
                    span[i++] = c;
                }
            }
        });
    }
}
