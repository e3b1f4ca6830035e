using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Instasent.Sdk.Tests.Fuzzing;

/// <summary>Generators and a fixed corpus of response bodies no parser should choke on.</summary>
internal static class HostileBodies
{
    /// <summary>Field names the SDK's models and envelopes look for, so random objects hit real code paths.</summary>
    private static readonly string[] Keys =
    [
        "id", "entity", "entities", "errors", "error", "message", "status", "code", "type", "data", "meta", "success",
        "request_id", "next_cursor", "metadata", "cursor", "available", "currency", "to", "from", "text", "clientId",
        "createdAt", "eventAt", "price", "balance", "items", "accepted", "position", "index", "item", "attributesData",
        "_user_id", "verified", "reference", "signing_secret", "x", "",
        // Product, Ingest, LynSMS and Hellio envelopes and batch shapes.
        "successful", "failed", "rejected", "messages", "entitiesSuccess", "entitiesFailures", "dryRun", "totalHits",
        "has_more", "current_page", "last_page", "count", "recipients", "mobile_number", "recipient", "token", "user",
        "email", "valid", "amount", "country", "name", "specs", "attributes", "parameters", "url", "events", "secret",
    ];

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.Constant("null"),
        Gen.Elements("true", "false"),
        Gen.Choose(int.MinValue, int.MaxValue).Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Elements("1e999999", "-1e999999", "123456789012345678901234567890123456789", "0.000000000000000000000000000000001", "-0", "1.5", "\"195.0000\"", "\"NaN\"", "\"2026-13-45T99:99:99Z\"", "\"\""),
        Gen.Choose(0, 40).Select(n => "\"" + new string('a', n) + "\\u00e9\\ud83d\\ude00\\n\""),
        Gen.Elements("\"+34600111222\"", "\"delivered\"", "\"brand_new_value\"", "\"idempotency_conflict\"", "\"" + new string('z', 70_000) + "\""));

    private static Gen<string> Value(int size) =>
        size <= 1
            ? Scalar
            : Gen.Frequency(
                (4, Scalar),
                (1, Gen.ListOf(Value(size / 3), Math.Min(size, 6)).Select(items => "[" + string.Join(",", items) + "]")),
                (2, Gen.ListOf(Gen.Zip(Gen.Elements(Keys), Value(size / 3)), Math.Min(size, 8))
                    .Select(fields => "{" + string.Join(",", fields.Select(f => "\"" + f.Item1 + "\":" + f.Item2)) + "}")));

    /// <summary>Random JSON, then sometimes truncated or salted with invalid UTF-8.</summary>
    public static Gen<byte[]> Json { get; } = Gen.Sized(size => Value(Math.Max(size, 2)))
        .SelectMany(json => Gen.Choose(0, 9), (json, mutation) => Mutate(json, mutation));

    /// <summary>Bodies that are hostile by construction.</summary>
    public static IEnumerable<(string Name, byte[] Body)> Corpus()
    {
        yield return ("empty", []);
        yield return ("whitespace", "  \r\n "u8.ToArray());
        yield return ("html", "<html><body><h1>502 Bad Gateway</h1></body></html>"u8.ToArray());
        yield return ("deep arrays", Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)));
        yield return ("deep objects", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"entity\":", 5_000)) + "1" + new string('}', 5_000)));
        yield return ("huge string", Encoding.UTF8.GetBytes("{\"entity\":{\"id\":\"" + new string('x', 2_000_000) + "\"}}"));
        yield return ("huge number", "{\"entity\":{\"available\":1e999999,\"price\":123456789012345678901234567890}}"u8.ToArray());
        yield return ("wrong types", "{\"entity\":{\"id\":{},\"status\":[1,2],\"createdAt\":true,\"charsCount\":\"many\",\"pricePerSms\":[]}}"u8.ToArray());
        yield return ("wrong envelope types", "{\"entity\":[],\"entities\":{},\"data\":\"x\",\"meta\":[],\"errors\":\"boom\"}"u8.ToArray());
        yield return ("null everywhere", "{\"entity\":null,\"entities\":null,\"errors\":[null,null],\"data\":null}"u8.ToArray());
        yield return ("invalid utf8", [(byte)'{', (byte)'"', (byte)'i', (byte)'d', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}']);
        yield return ("truncated", "{\"entity\":{\"id\":\"abc\",\"sta"u8.ToArray());
        yield return ("nul bytes", "{\"entity\":{\"id\":\"a\0b\"}}\0\0"u8.ToArray());
        yield return ("duplicate keys", "{\"entity\":{\"id\":\"a\",\"id\":\"b\"},\"entity\":{\"id\":\"c\"}}"u8.ToArray());
        yield return ("bare array of junk", "[1,\"two\",{\"three\":3},[4],null,true]"u8.ToArray());
        yield return ("ingest batch, positions out of range", "{\"entity\":{\"successful\":1,\"failed\":1,\"items\":[{\"position\":99},{\"position\":-1},{\"position\":0},{\"position\":0}]}}"u8.ToArray());
        yield return ("ingest accepted/errors, positions out of range", "{\"accepted\":[{\"position\":7,\"item\":{}},{\"position\":null}],\"errors\":[{\"position\":2147483647,\"error\":\"x\"},{\"position\":-5},7,null]}"u8.ToArray());
        yield return ("bulk messages, duplicates and unknown recipients", "{\"data\":{\"messages\":[{\"id\":\"m1\",\"to\":\"+34600000001\"},{\"id\":\"m2\",\"to\":\"+34600000001\"},{\"id\":\"m3\",\"to\":\"+1999\"},{\"id\":\"m4\"},{\"id\":\"m5\"},{\"id\":\"m6\"}],\"failed\":[{\"index\":-1},{\"index\":99},{\"recipient\":\"+34600000002\"},\"x\",null]}}"u8.ToArray());
        yield return ("paged envelope that never ends", "{\"data\":[{\"id\":\"a\"}],\"meta\":{\"next_cursor\":\"same\",\"has_more\":true,\"current_page\":1,\"last_page\":2147483647},\"metadata\":{\"cursor\":\"same\",\"totalHits\":-1}}"u8.ToArray());
        yield return ("bom", "\uFEFF{\"entity\":{\"id\":\"bom\"}}"u8.ToArray());
    }

    private static byte[] Mutate(string json, int mutation)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return mutation switch
        {
            0 when bytes.Length > 2 => bytes[..(bytes.Length / 2)],
            1 when bytes.Length > 2 => [.. bytes[..(bytes.Length / 2)], 0xFE, 0xFF, .. bytes[(bytes.Length / 2)..]],
            _ => bytes,
        };
    }
}
