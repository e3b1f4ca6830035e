using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.LynSms;

/// <summary>Source-generated JSON metadata for the LynSMS API.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(LynSmsSmsRequest))]
[JsonSerializable(typeof(LynSmsBulkBody))]
[JsonSerializable(typeof(LynSmsApiKeyRequest))]
[JsonSerializable(typeof(LynSmsWebhookEndpointRequest))]
[JsonSerializable(typeof(LynSmsMessage))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsMessage>))]
[JsonSerializable(typeof(LynSmsEnvelope<IReadOnlyList<LynSmsMessage>>))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsAccount>))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsBalance>))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsUsage>))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsApiKey>))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsDeleted>))]
[JsonSerializable(typeof(LynSmsEnvelope<LynSmsWebhookEndpoint>))]
[JsonSerializable(typeof(LynSmsEnvelope<IReadOnlyList<LynSmsWebhookEndpoint>>))]
[JsonSerializable(typeof(LynSmsEnvelope<IReadOnlyList<LynSmsEvent>>))]
[JsonSerializable(typeof(LynSmsEnvelope<JsonElement>))]
internal sealed partial class LynSmsJsonContext : JsonSerializerContext;
