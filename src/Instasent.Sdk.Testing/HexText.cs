namespace Instasent.Sdk.Testing;

/// <summary>Lower-case hex (Convert.ToHexStringLower only exists from .NET 9).</summary>
internal static class HexText
{
    public static string Lower(ReadOnlySpan<byte> bytes)
    {
        const string Digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }
}
