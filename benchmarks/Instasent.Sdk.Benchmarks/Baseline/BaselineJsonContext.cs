using System.Text.Json.Serialization;

namespace Instasent.Sdk.Benchmarks.Baseline;

[JsonSerializable(typeof(BaselineSmsMessage))]
[JsonSerializable(typeof(IReadOnlyList<BaselineSmsMessage>))]
[JsonSerializable(typeof(BaselineEntity<BaselineSms>))]
[JsonSerializable(typeof(BaselineBulkResponse))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
