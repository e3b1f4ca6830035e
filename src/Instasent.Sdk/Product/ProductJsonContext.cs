using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Instasent.Sdk.Serialization;

namespace Instasent.Sdk.Product;

/// <summary>Source-generated JSON metadata for the Product API (no reflection, trim-safe).</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true,
    Converters = [typeof(LenientDateTimeOffsetConverter)])]
[JsonSerializable(typeof(ProductEnvelope<Organization>))]
[JsonSerializable(typeof(ProductEnvelope<Project>))]
[JsonSerializable(typeof(ProductEnvelope<AttributeSpec>))]
[JsonSerializable(typeof(ProductEnvelope<EventSpec>))]
[JsonSerializable(typeof(ProductEnvelope<EventParameterSpec>))]
[JsonSerializable(typeof(ProductEnvelope<Datasource>))]
[JsonSerializable(typeof(ProductEnvelope<DatasourceStats>))]
[JsonSerializable(typeof(ProductEnvelope<AudienceContact>))]
[JsonSerializable(typeof(ProductEnvelope<AudienceEvent>))]
[JsonSerializable(typeof(ProductEnvelope<Segment>))]
[JsonSerializable(typeof(ProductEnvelope<Campaign>))]
[JsonSerializable(typeof(ProductEnvelope<Automation>))]
[JsonSerializable(typeof(ProductEnvelope<SmsSender>))]
[JsonSerializable(typeof(ProductEnvelope<Instasent.Sdk.Sms.SmsMessage>))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(AttributeSpec))]
[JsonSerializable(typeof(EventSpec))]
[JsonSerializable(typeof(EventParameterSpec))]
[JsonSerializable(typeof(Datasource))]
[JsonSerializable(typeof(DatasourceStats))]
[JsonSerializable(typeof(AudienceContact))]
[JsonSerializable(typeof(AudienceEvent))]
[JsonSerializable(typeof(Segment))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(Automation))]
[JsonSerializable(typeof(SmsSender))]
[JsonSerializable(typeof(Instasent.Sdk.Sms.SmsMessage))]
[JsonSerializable(typeof(IReadOnlyList<Organization>))]
[JsonSerializable(typeof(IReadOnlyList<Project>))]
[JsonSerializable(typeof(IReadOnlyList<AttributeSpec>))]
[JsonSerializable(typeof(IReadOnlyList<EventSpec>))]
[JsonSerializable(typeof(IReadOnlyList<EventParameterSpec>))]
[JsonSerializable(typeof(IReadOnlyList<Datasource>))]
[JsonSerializable(typeof(IReadOnlyList<DatasourceStats>))]
[JsonSerializable(typeof(IReadOnlyList<AudienceContact>))]
[JsonSerializable(typeof(IReadOnlyList<AudienceEvent>))]
[JsonSerializable(typeof(IReadOnlyList<Segment>))]
[JsonSerializable(typeof(IReadOnlyList<Campaign>))]
[JsonSerializable(typeof(IReadOnlyList<Automation>))]
[JsonSerializable(typeof(IReadOnlyList<SmsSender>))]
[JsonSerializable(typeof(IReadOnlyList<Instasent.Sdk.Sms.SmsMessage>))]
[JsonSerializable(typeof(DatasourceCreateRequest))]
[JsonSerializable(typeof(AudienceStreamBody))]
[JsonSerializable(typeof(DirectSmsBody))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ProductJsonContext : JsonSerializerContext;
