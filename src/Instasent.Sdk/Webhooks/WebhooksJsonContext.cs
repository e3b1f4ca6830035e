using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Webhooks;

/// <summary>Source-generated JSON metadata for the LynSMS and Hellio webhook payloads.</summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(LynSmsWebhookEvent))]
[JsonSerializable(typeof(HellioWebhookEvent))]
[JsonSerializable(typeof(HellioUssdCallback))]
[JsonSerializable(typeof(HellioUssdReply))]
internal sealed partial class WebhooksJsonContext : JsonSerializerContext;
