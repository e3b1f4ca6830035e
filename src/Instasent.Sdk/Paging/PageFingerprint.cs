using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Instasent.Sdk.Paging;

/// <summary>
/// What identifies a page, or a cursor, in the memory of a listing: 16 bytes of a SHA-256 over the item ids (or the
/// cursor). A strong hash rather than a fast one because a collision would stop a healthy listing with an exception;
/// the cost is microseconds per page, next to a network round trip. Only fingerprints are kept, never items or ids.
/// </summary>
/// <param name="Count">The number of items.</param>
/// <param name="Hash">The hash of the ids, in order.</param>
internal readonly record struct PageFingerprint(int Count, UInt128 Hash)
{
    /// <summary>
    /// Fingerprints a page by the ids of its items, in order. <see langword="null"/> when the page is empty or an item
    /// has no id: items without ids cannot be told apart, and calling such pages equal would stop healthy listings.
    /// </summary>
    public static PageFingerprint? Of<T>(IReadOnlyList<T> items, Func<T, string?> identity)
    {
        if (items.Count == 0)
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(int)];
        for (var i = 0; i < items.Count; i++)
        {
            var id = identity(items[i]);
            if (string.IsNullOrEmpty(id))
            {
                return null;
            }

            // The length prefix keeps ["ab","c"] and ["a","bc"] apart.
            BinaryPrimitives.WriteInt32LittleEndian(length, id.Length);
            hash.AppendData(length);
            hash.AppendData(MemoryMarshal.AsBytes(id.AsSpan()));
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return new PageFingerprint(items.Count, MemoryMarshal.Read<UInt128>(digest));
    }

    /// <summary>Fingerprints a cursor, so that remembering every cursor of a long scroll costs 16 bytes each, however long the cursors are.</summary>
    public static UInt128 OfCursor(string cursor)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(MemoryMarshal.AsBytes(cursor.AsSpan()), digest);
        return MemoryMarshal.Read<UInt128>(digest);
    }
}
