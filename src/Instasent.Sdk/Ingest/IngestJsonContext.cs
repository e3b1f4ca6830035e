using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Product;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Ingest;

/// <summary>Source-generated JSON metadata for the Ingest API (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(IngestContact))]
[JsonSerializable(typeof(IngestEvent))]
[JsonSerializable(typeof(IReadOnlyList<IngestContact>))]
[JsonSerializable(typeof(IReadOnlyList<IngestEvent>))]
[JsonSerializable(typeof(IngestBatchResponse))]
[JsonSerializable(typeof(StreamInfo))]
[JsonSerializable(typeof(ResourceEnvelope<StreamInfo>))]
[JsonSerializable(typeof(StreamContactEnvelope))]
[JsonSerializable(typeof(StreamContact))]
[JsonSerializable(typeof(ResourceEnvelope<AttributeSpec>))]
[JsonSerializable(typeof(ResourceEnvelope<EventSpec>))]
[JsonSerializable(typeof(ResourceEnvelope<EventParameterSpec>))]
[JsonSerializable(typeof(IReadOnlyList<AttributeSpec>))]
[JsonSerializable(typeof(IReadOnlyList<EventSpec>))]
[JsonSerializable(typeof(IReadOnlyList<EventParameterSpec>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
