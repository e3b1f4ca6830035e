using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Hellio;

/// <summary>Source-generated JSON metadata for the Hellio API. Money arrives as strings, hence <c>AllowReadingFromString</c>.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(HellioSmsRequest))]
[JsonSerializable(typeof(HellioOtpRequest))]
[JsonSerializable(typeof(HellioOtpVerifyRequest))]
[JsonSerializable(typeof(HellioVoiceRequest))]
[JsonSerializable(typeof(HellioLookupRequest))]
[JsonSerializable(typeof(HellioEmailVerifyBody))]
[JsonSerializable(typeof(HellioWebhookEndpointRequest))]
[JsonSerializable(typeof(HellioTokenRequest))]
[JsonSerializable(typeof(HellioUssdAppRequest))]
[JsonSerializable(typeof(HellioUssdModeBody))]
[JsonSerializable(typeof(HellioUssdExtensionRequest))]
[JsonSerializable(typeof(HellioUssdSimulateRequest))]
[JsonSerializable(typeof(HellioEnvelope<HellioSmsSubmission>))]
[JsonSerializable(typeof(HellioEnvelope<HellioOtpSubmission>))]
[JsonSerializable(typeof(HellioEnvelope<HellioOtpVerification>))]
[JsonSerializable(typeof(HellioEnvelope<HellioVoiceBroadcast>))]
[JsonSerializable(typeof(HellioEnvelope<HellioLookup>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioLookup>>))]
[JsonSerializable(typeof(HellioEnvelope<JsonElement>))]
[JsonSerializable(typeof(HellioEmailCheck))]
[JsonSerializable(typeof(IReadOnlyList<HellioEmailCheck>))]
[JsonSerializable(typeof(HellioEnvelope<HellioBalance>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioPrice>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioMessage>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioMessage>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioCampaign>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioCampaign>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioWebhookEndpoint>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioWebhookEndpoint>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioIssuedToken>))]
[JsonSerializable(typeof(HellioEnvelope<HellioUssdPricing>))]
[JsonSerializable(typeof(HellioEnvelope<HellioUssdAvailability>))]
[JsonSerializable(typeof(HellioEnvelope<HellioUssdApp>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioUssdApp>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioUssdExtension>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioUssdExtension>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioUssdSession>))]
[JsonSerializable(typeof(HellioEnvelope<IReadOnlyList<HellioUssdSession>>))]
[JsonSerializable(typeof(HellioEnvelope<HellioUssdSimulation>))]
internal sealed partial class HellioJsonContext : JsonSerializerContext;
