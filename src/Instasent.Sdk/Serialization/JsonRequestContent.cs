using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Instasent.Sdk.Serialization;

/// <summary>
/// Builds request bodies through a source-generated <see cref="JsonTypeInfo{T}"/> into a byte array, so every retry
/// re-sends the very same bytes (a streamed body could not be replayed) and no reflection-based serializer runs.
/// </summary>
internal static class JsonRequestContent
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    public static ByteArrayContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = JsonMediaType;
        return content;
    }
}
