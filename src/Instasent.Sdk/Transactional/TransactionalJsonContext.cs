using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Transactional;

/// <summary>Source-generated JSON metadata for Transactional webhooks.</summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(DeliveryReport))]
internal sealed partial class TransactionalJsonContext : JsonSerializerContext;
