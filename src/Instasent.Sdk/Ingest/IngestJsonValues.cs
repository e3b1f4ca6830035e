using System.Text.Json;

namespace Instasent.Sdk.Ingest;

/// <summary>Builds the JSON values of record attributes and parameters through the source-generated context.</summary>
internal static class IngestJsonValues
{
    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    public static JsonElement Text(string? value) => value is null ? Null : JsonSerializer.SerializeToElement(value, IngestJsonContext.Default.String);
}
