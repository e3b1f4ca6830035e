using System.Text.Json;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Sms;

/// <summary>Source-generated JSON metadata for the Legacy and Transactional SMS APIs (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(SmsRequest))]
[JsonSerializable(typeof(IReadOnlyList<SmsRequest>))]
[JsonSerializable(typeof(SmsMessage))]
[JsonSerializable(typeof(EntityEnvelope<SmsMessage>))]
[JsonSerializable(typeof(EntitiesEnvelope<SmsMessage>))]
[JsonSerializable(typeof(IReadOnlyList<SmsMessage>))]
[JsonSerializable(typeof(BulkSmsResponse))]
[JsonSerializable(typeof(SmsLookup))]
[JsonSerializable(typeof(EntityEnvelope<SmsLookup>))]
[JsonSerializable(typeof(EntitiesEnvelope<SmsLookup>))]
[JsonSerializable(typeof(IReadOnlyList<SmsLookup>))]
[JsonSerializable(typeof(LookupRequest))]
[JsonSerializable(typeof(AccountBalance))]
[JsonSerializable(typeof(EntityEnvelope<AccountBalance>))]
[JsonSerializable(typeof(PriceProfile))]
[JsonSerializable(typeof(EntityEnvelope<PriceProfile>))]
[JsonSerializable(typeof(EntitiesEnvelope<PriceProfile>))]
[JsonSerializable(typeof(IReadOnlyList<PriceProfile>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class SmsJsonContext : JsonSerializerContext;
