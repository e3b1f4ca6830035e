using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Webhooks;

/// <summary>Shared reading and writing of webhook payloads with typed, payload-free failures.</summary>
internal static class WebhookJson
{
    public static T Read<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, string provider, string what)
        where T : class
    {
        if (EnvelopeParsing.FirstSignificantByte(body) != (byte)'{')
        {
            throw new WebhookPayloadException(provider, $"The {provider} {what} must be a JSON object.");
        }

        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw new WebhookPayloadException(provider, $"The {provider} {what} is empty.");
        }
        catch (JsonException ex)
        {
            // JsonException messages name the path and position, never the values, so they are safe to repeat.
            throw new WebhookPayloadException(provider, $"The {provider} {what} is not valid JSON for this SDK (path {ex.Path ?? "$"}, line {ex.LineNumber}, byte {ex.BytePositionInLine}).", ex);
        }
    }

    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, typeInfo);
    }
}
