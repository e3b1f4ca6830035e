using System.Security.Cryptography;
using System.Text;

namespace Instasent.Sdk.RateLimiting;

/// <summary>
/// The key of a token's pacing budget: the first 128 bits of its SHA-256, in upper-case hex. A shared store (Redis) sees only this,
/// never the token; 128 bits keep distinct tokens apart for any realistic number of them.
/// </summary>
internal static class RateLimitPacingKey
{
    public static string For(string token)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), hash);
        return Convert.ToHexString(hash[..16]);
    }
}
