using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Instasent.Sdk.Testing;

/// <summary>Request-reading pieces every fake API module needs.</summary>
internal static partial class FakeRequests
{
    /// <summary>Parses the request body as JSON; <see langword="null"/> when it is not JSON.</summary>
    public static async Task<JsonNode?> ParseBodyAsync(HttpContext context)
    {
        try
        {
            return JsonNode.Parse(await InstasentFakeServer.ReadBodyAsync(context.Request).ConfigureAwait(false));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a string member, or <see langword="null"/> when it is missing or not a string.</summary>
    public static string? Text(JsonObject? item, string name) =>
        item?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Reads a node as a string, or <see langword="null"/> when it is not one.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Whether the value is an E.164 number.</summary>
    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
