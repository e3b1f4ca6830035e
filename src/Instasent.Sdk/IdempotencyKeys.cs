using System.Security.Cryptography;
using System.Text;

namespace Instasent.Sdk;

/// <summary>Creates <c>Idempotency-Key</c> values.</summary>
public static class IdempotencyKeys
{
    /// <summary>A new random key (a GUID in its 32-digit form).</summary>
    /// <returns>The key.</returns>
    public static string NewKey() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// A deterministic key derived from business identifiers (for example an order id and a recipient), so that a
    /// retry after a process restart sends the same key and the server replays the first result instead of sending again.
    /// The identifiers are hashed (SHA-256), so none of them, phone numbers included, appears in the key.
    /// </summary>
    /// <param name="parts">The identifiers; at least one, none null.</param>
    /// <returns>A key of the form <c>ik_</c> followed by 40 hex digits.</returns>
    public static string FromBusinessIds(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("At least one identifier is needed to derive an idempotency key.", nameof(parts));
        }

        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is null)
            {
                throw new ArgumentNullException($"{nameof(parts)}[{i}]", "Identifiers used for an idempotency key cannot be null.");
            }

            // Length-prefix each part so ("ab","c") and ("a","bc") never collide.
            builder.Append(parts[i].Length).Append(':').Append(parts[i]).Append('|');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return "ik_" + Convert.ToHexString(hash.AsSpan(0, 20)).ToLowerInvariant();
    }
}
