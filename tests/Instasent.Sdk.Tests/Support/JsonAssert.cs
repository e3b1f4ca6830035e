using System.Text.Json.Nodes;
using NUnit.Framework;

namespace Instasent.Sdk.Tests.Support;

/// <summary>Compares JSON documents structurally (member order and whitespace do not matter).</summary>
internal static class JsonAssert
{
    public static void AreEqual(string expected, string actual)
    {
        var e = JsonNode.Parse(expected);
        var a = JsonNode.Parse(actual);
        Assert.That(JsonNode.DeepEquals(e, a), Is.True, $"Expected JSON {e?.ToJsonString()} but got {a?.ToJsonString()}");
    }
}
