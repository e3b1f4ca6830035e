using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Instasent.Sdk.SideBySide.Wire;

/// <summary>
/// Records what each request looked like, so the harness can prove that the floor and the SDK put the very same
/// requests on the wire. Each request is reduced to a canonical form: method, request target (path and query), every
/// header except <see cref="ExcludedHeaders"/> (names lower-cased, sorted, since header order carries no meaning), and
/// the body bytes. Its SHA-256 (first 128 bits) is counted in a multiset; the digest of a run is the SHA-256 of the
/// sorted (hash, count) pairs, so it does not depend on the order concurrent requests arrived in but does count
/// duplicates.
/// </summary>
internal sealed class RequestDigest
{
    /// <summary>
    /// Headers the SDK adds by design and a hand-written client does not: its product token, the idempotency key it mints
    /// per call (where the family honours one), and W3C/legacy trace propagation from its activities.
    /// </summary>
    public static readonly IReadOnlySet<string> ExcludedHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "User-Agent", "Idempotency-Key", "traceparent", "tracestate", "baggage", "Request-Id", "Correlation-Context",
    };

    private const int MaxSamples = 64;
    private readonly ConcurrentDictionary<UInt128, long> counts = new();
    private readonly ConcurrentDictionary<UInt128, string> samples = new();
    private readonly ConcurrentDictionary<string, byte> excludedSeen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The process-wide recorder of the in-memory transport (one side per child process).</summary>
    public static RequestDigest InProcess { get; } = new();

    /// <summary>
    /// Whether <see cref="InMemoryHandler"/> records. Recording inside the client process allocates (hashing, the
    /// canonical text), which would add to both sides' figures; the child records its warm-up calls, which are the
    /// measured calls' exact copies, and measures with recording off. The server process always records.
    /// </summary>
    public volatile bool Recording = true;

    public void Record(string method, string target, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> body)
    {
        var lines = new StringBuilder(256).Append(method).Append(' ').Append(target).Append('\n');
        var list = headers.ToList();
        foreach (var excluded in list.Where(h => ExcludedHeaders.Contains(h.Key)))
        {
            excludedSeen.TryAdd(excluded.Key.ToLowerInvariant(), 0);
        }

        foreach (var (name, value) in list
            .Where(h => !ExcludedHeaders.Contains(h.Key))
            .Select(h => (Name: h.Key.ToLowerInvariant(), h.Value))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ThenBy(h => h.Value, StringComparer.Ordinal))
        {
            lines.Append(name).Append(": ").Append(value).Append('\n');
        }

        var head = lines.ToString();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(head));
        hash.AppendData("\n"u8);
        hash.AppendData(body);
        Span<byte> sha = stackalloc byte[32];
        hash.GetHashAndReset(sha);
        var key = BitConverter.ToUInt128(sha);
        counts.AddOrUpdate(key, 1, static (_, n) => n + 1);
        if (samples.Count < MaxSamples && !samples.ContainsKey(key))
        {
            samples.TryAdd(key, Describe(head, body));
        }
    }

    /// <summary>Returns what was recorded since the last call and starts afresh.</summary>
    public DigestSnapshot TakeSnapshot()
    {
        var pairs = counts.ToArray();
        var sampleList = samples.Values.Order(StringComparer.Ordinal).ToList();
        var seen = excludedSeen.Keys.Order(StringComparer.Ordinal).ToList();
        counts.Clear();
        samples.Clear();
        excludedSeen.Clear();
        Array.Sort(pairs, static (a, b) => a.Key.CompareTo(b.Key));
        var buffer = new byte[pairs.Length * 24];
        for (var i = 0; i < pairs.Length; i++)
        {
            BitConverter.TryWriteBytes(buffer.AsSpan(i * 24, 16), pairs[i].Key);
            BitConverter.TryWriteBytes(buffer.AsSpan((i * 24) + 16, 8), pairs[i].Value);
        }

        return new DigestSnapshot
        {
            Requests = pairs.Sum(p => p.Value),
            Distinct = pairs.Length,
            Digest = Convert.ToHexStringLower(SHA256.HashData(buffer)),
            Samples = sampleList,
            ExcludedHeadersSent = seen,
        };
    }

    // What a mismatch report shows: the canonical head with the token withheld, the body's size, hash and start.
    private static string Describe(string head, ReadOnlySpan<byte> body)
    {
        var shown = string.Join('\n', head.TrimEnd('\n').Split('\n').Select(line =>
            line.StartsWith("authorization: ", StringComparison.Ordinal)
                ? "authorization: (withheld, sha256 " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)))[..12] + ")"
                : line));
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 240)]);
        return $"{shown}\nbody: {body.Length} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(body))[..16]}: {text}{(body.Length > 240 ? "…" : string.Empty)}";
    }
}
