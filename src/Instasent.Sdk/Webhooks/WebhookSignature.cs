using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Instasent.Sdk.Webhooks;

/// <summary>HMAC-SHA-256 signatures as LynSMS and Hellio compute them, and the checks around them.</summary>
internal static class WebhookSignature
{
    public const int HashSize = 32;

    public static byte[][] SecretKeys(string? primary, IEnumerable<string>? additional, string optionName)
    {
        var keys = new List<byte[]>();
        if (!string.IsNullOrEmpty(primary))
        {
            keys.Add(Encoding.UTF8.GetBytes(primary));
        }

        foreach (var secret in additional ?? [])
        {
            if (!string.IsNullOrEmpty(secret))
            {
                keys.Add(Encoding.UTF8.GetBytes(secret));
            }
        }

        return keys.Count > 0
            ? [.. keys]
            : throw new ArgumentException($"No webhook signing secret is configured: set {optionName}.", optionName);
    }

    public static TimeSpan CheckTolerance(TimeSpan tolerance, string optionName) =>
        tolerance > TimeSpan.Zero || tolerance == Timeout.InfiniteTimeSpan
            ? tolerance
            : throw new ArgumentOutOfRangeException(optionName, tolerance, "The timestamp tolerance must be positive (or Timeout.InfiniteTimeSpan to turn the check off).");

    /// <summary>HMAC-SHA-256 of <c>prefix ++ body</c>; the body bytes are used exactly as received.</summary>
    public static void Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    /// <summary>Compares in constant time, so response timing reveals nothing about how much of a forged signature was right.</summary>
    public static bool Matches(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> received) =>
        CryptographicOperations.FixedTimeEquals(expected, received);

    /// <summary>Decodes a 64-character hex signature (either case; the vendors send lower case).</summary>
    public static bool TryDecodeHex(ReadOnlySpan<char> hex, Span<byte> destination)
    {
        hex = hex.Trim();
        if (hex.Length != HashSize * 2 || destination.Length < HashSize)
        {
            return false;
        }

        for (var i = 0; i < HashSize; i++)
        {
            var high = HexValue(hex[2 * i]);
            var low = HexValue(hex[(2 * i) + 1]);
            if ((high | low) < 0)
            {
                return false;
            }

            destination[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    /// <summary>Reads a signed timestamp: Unix seconds (milliseconds when 13+ digits) or, tolerated, ISO-8601.</summary>
    public static bool TryParseTimestamp(ReadOnlySpan<char> text, out DateTimeOffset timestamp)
    {
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            // Hellio does not state the unit; a 13-digit value can only be milliseconds for any date before 5138.
            if (unix >= 100_000_000_000)
            {
                unix /= 1000;
            }

            if (unix <= 253402300799)
            {
                timestamp = DateTimeOffset.FromUnixTimeSeconds(unix);
                return true;
            }
        }
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp))
        {
            return true;
        }

        timestamp = default;
        return false;
    }

    /// <summary>Returns how far the timestamp is from now (positive = in the past), or null when it is inside the tolerance.</summary>
    public static TimeSpan? Skew(DateTimeOffset timestamp, TimeProvider time, TimeSpan tolerance)
    {
        if (tolerance == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        var skew = time.GetUtcNow() - timestamp;
        return skew.Duration() > tolerance ? skew : null;
    }

    public static string DescribeSkew(TimeSpan skew, TimeSpan tolerance)
    {
        var seconds = Math.Round(Math.Abs(skew.TotalSeconds)).ToString("0", CultureInfo.InvariantCulture);
        var limit = tolerance.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return skew > TimeSpan.Zero
            ? $"the signed timestamp is {seconds} s old, more than the {limit} s tolerance (replayed request or wrong clock)."
            : $"the signed timestamp is {seconds} s in the future, more than the {limit} s tolerance (wrong clock).";
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
